b = 0b
