x = a < = b
