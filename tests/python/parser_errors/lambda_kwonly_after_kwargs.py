f = lambda a, *, b=1, **k, c: 0
