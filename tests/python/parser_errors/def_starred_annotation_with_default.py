def f(*args: *Ts = 1):
    pass
