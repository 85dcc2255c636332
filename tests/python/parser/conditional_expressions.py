x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = a if (b if c else d) else e
x = [a if b else c for a in d]
x = [a for a in b if c] if d else []
x = f(a if b else c)
x = f(a if b else c, d=e if f else g)
x = lambda: a if b else c
x = (lambda: a) if b else (lambda: c)
x = a if b else lambda: c
x = a if b else (yield_)
x = a or b if c or d else e and f
x = a if not b else c
x = (a
     if b
     else c)
x = a if b else c, d
x = {a if b else c: d if e else f}
