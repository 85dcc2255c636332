def f[T: ]():
    pass
