r = [x for a + b in y]
