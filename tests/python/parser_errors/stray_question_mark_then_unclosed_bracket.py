items = [1, 2
value = a ? b : c
