# Every statement here is rejected by CPython's compiler or symbol table,
# but the parser (ast.parse) accepts it.
return
return 1
yield
yield 1
yield from x
await x
break
continue
nonlocal x
async for a in b: pass
async with a: pass
[x async for x in y]
def f(a, a): pass
def f(a, *, a): pass
def f(a, **a): pass
lambda a, a: 0
def f(__debug__): pass
__debug__ = 1
__debug__ += 1
del __debug__
for __debug__ in x: pass
obj.__debug__ = 1
f(__debug__=1)
f(a=1, a=2)
f(a=1, **k, a=2)
*a = x
*a, *b = x
[*a, *b] = x
for *a in x: pass
*a
x = *a
f'{*a}'
from __future__ import braces
from __future__ import not_a_feature
def f():
    from os import *
def f():
    x = 1
    global x
def f(a):
    global a
def f():
    print(x)
    nonlocal x
def f():
    nonlocal undefined_anywhere
def f():
    x = 1
    def g():
        global x
        nonlocal x
async def f():
    yield from x
async def f():
    return (yield)
def f():
    await x
def f():
    [await x for x in y]
class C:
    return
class C:
    yield
class C:
    nonlocal x
[i := 0 for i in range(3)]
[j for i in range(3) if (i := 1)]
[x for x in (y := [1, 2])]
class C:
    [(z := 1) for _ in range(3)]
def f():
    x: int = 1
    global x
try:
    pass
except:
    pass
except ValueError:
    pass
while True:
    def f():
        break
for x in y:
    class C:
        continue
try:
    pass
except* E:
    break
try:
    pass
except* E:
    return
for x in y:
    try:
        pass
    except* E:
        continue
# annotated name 'x' can't be global
x: int
global x
