del a
del a, b
del a, b,
del (a)
del (a, b)
del [a, b]
del (a, [b, (c, d)])
del a.b
del a.b.c
del a[0]
del a[1:2]
del a[::-1], a[...]
del a[b][c].d
del f().x
del f()[0]
del ()
del []
del (a), [b]
