while True:
    break
while x:
    x -= 1
else:
    done = True
while (n := next(it, None)) is not None:
    continue
for i in range(10):
    pass
for i, j in pairs:
    pass
for (i, j) in pairs:
    pass
for [i, j] in pairs:
    pass
for i, in singles:
    pass
for i, *rest in rows:
    pass
for *init, last in rows:
    pass
for obj.attr in values:
    pass
for obj[0] in values:
    pass
for a.b[c].d, e in values:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for x in a if c else b:
    pass
for x in lambda: 0,:
    pass
for x in y:
    pass
else:
    pass
for x in y: pass
else: pass
while 1: pass
else: pass
for x in range(3):
    for y in range(3):
        if x == y:
            continue
        break
    else:
        pass
