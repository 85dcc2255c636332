r = [x for x y]
