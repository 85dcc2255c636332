def f():
    def g():
        nonlocal 1
