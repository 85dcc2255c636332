@dec +
def f():
    pass
