r = [x for x in 1, 2, 3]
