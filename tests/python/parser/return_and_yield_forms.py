def f():
    return
def f():
    return None
def f():
    return 1, 2
def f():
    return 1,
def f():
    return (1, 2)
def f():
    return *a, *b
def f():
    return 1, *a
def f():
    return a if b else c
def f():
    return lambda: 0
def f():
    return (yield)
def f():
    return not a
def f():
    return [x for x in y]
def f():
    return (x := 1)
def g():
    yield
    yield 1
    yield 1, 2
    yield 1,
    yield *a, *b
    yield 1, *a
    yield from a
    yield from (a, b)
    yield from [x for x in y]
    yield lambda: 0
    yield a if b else c
    yield not a
    yield (yield)
    yield (x := 1)
async def h():
    return await x
async def k():
    yield await x
