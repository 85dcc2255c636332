x = a = = b
