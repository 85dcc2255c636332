def f(*, a=1, **kw=2):
    pass
