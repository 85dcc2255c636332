with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b, c:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c, d as e[0]:
    pass
with (a):
    pass
with (a, b):
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (
    open("x") as f,
    open("y") as g,
):
    pass
with (a, b) as c:
    pass
with (a, b) as (c, d):
    pass
with f(x) as y: pass
with a if b else c as d:
    pass
with (yield_) as y:
    pass
with a as b, (c):
    pass
with (a), (b) as c:
    pass
with (a := 1):
    pass
with (a := 1) as b:
    pass
with open('f') as f, \
     open('g') as g:
    pass
with a as (b):
    pass
with a as (b, *c):
    pass
