def g():
    f(yield 1)
