total = 1
label = $ + 'unfinished
