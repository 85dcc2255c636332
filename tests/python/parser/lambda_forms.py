f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x=1: x
f = lambda x, y=2,: x
f = lambda *args: args
f = lambda **kw: kw
f = lambda *args, **kw: (args, kw)
f = lambda *, k: k
f = lambda *, k=1, j: k
f = lambda a, /: a
f = lambda a, /, b: a
f = lambda a=1, /, b=2, *c, d, e=5, **f: 0
f = lambda a, b, /, c, *, d, **e,: 0
f = lambda: (yield)
f = lambda: lambda: lambda: 0
f = lambda x: lambda y: x + y
f = lambda x: x if x else -x
f = lambda x: (x, x)
f = lambda x: x, 1
f = (lambda: 0)()
f = lambda: (x := 1)
f = lambda x=lambda: 0: x
f = [lambda: i for i in range(3)]
f = lambda *a,: a
f = lambda **k,: k
f = lambda match, case, type, _: (match, case, type, _)
f = lambda: not x
f = lambda x: x.attr[0](1)
sorted(items, key=lambda item: item[1], reverse=True)
