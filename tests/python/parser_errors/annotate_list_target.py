[a]: list
