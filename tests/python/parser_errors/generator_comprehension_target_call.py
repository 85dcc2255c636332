g = (x for f() in y)
