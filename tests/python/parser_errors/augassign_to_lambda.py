lambda: x |= 1
