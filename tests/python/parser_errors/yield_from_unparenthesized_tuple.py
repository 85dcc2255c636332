def g():
    yield from a, b
