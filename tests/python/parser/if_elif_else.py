if a:
    pass
if a:
    pass
else:
    pass
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: pass
elif b: pass
else: pass
if (a and
        b):
    pass
if x := f():
    pass
elif y := g():
    pass
if not a or b and c: x = 1; y = 2
if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
else:
    if e:
        pass
if lambda: 0:
    pass
if (yield_ := 1) if a else b:
    pass
if a: pass
elif b:
    pass
