def f(True=1):
    pass
