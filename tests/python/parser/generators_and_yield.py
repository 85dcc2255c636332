def g1():
    yield
def g2():
    yield 1
def g3():
    yield 1, 2
def g4():
    yield *a, *b
def g5():
    yield from g1()
def g6():
    yield from (x for x in y)
def g7():
    x = yield
    x = yield 1
    x = yield 1, 2
    x = yield from g1()
    x = (yield)
    x = (yield) + 1
    f((yield))
    f((yield x), (yield from y))
    return (yield)
def g8():
    x = [(yield i) for i in range(0)] if False else None
    for _ in (yield):
        pass
    with (yield) as v:
        pass
    if (yield):
        pass
    while (yield 1):
        pass
    yield (yield (yield))
    yield lambda: (yield)
    await_ = yield
def g9():
    a[(yield)] = 1
    a[(yield):] = 2
    print(*(yield))
    x: int = yield
    x += yield
    x = y = yield z
    return
gen = (x for x in range(3))
gen = (x * y for x in range(3) for y in range(x) if x if y)
f(x for x in y)
f((x for x in y), z)
