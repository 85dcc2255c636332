r = [x for x in y else 0]
