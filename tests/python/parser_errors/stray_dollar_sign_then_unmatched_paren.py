value = $ + limit)
