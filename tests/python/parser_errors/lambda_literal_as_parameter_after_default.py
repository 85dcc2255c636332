f = lambda x=1, 2: x
