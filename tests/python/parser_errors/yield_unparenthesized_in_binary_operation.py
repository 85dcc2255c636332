def g():
    x = 1 + yield 2
