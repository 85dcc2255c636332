b = 0b_
