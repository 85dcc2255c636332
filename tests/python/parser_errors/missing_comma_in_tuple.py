pair = (first second)
