def f(**kw: *int):
    pass
