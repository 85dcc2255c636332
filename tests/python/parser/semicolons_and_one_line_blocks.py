a = 1; b = 2
a = 1; b = 2;
import os; import sys
if a: b = 1; c = 2
if a: pass
elif b: pass
else: pass
while a: a -= 1; continue
for x in y: print(x); break
else: done = 1
def f(): return 1
def g(x): y = x; return y
class C: pass
class D: x = 1; y = 2
class E(Base): """doc"""; attr = 1
with a: pass
with a as b: b.c(); b.d()
try: pass
except E: pass
else: pass
finally: pass
try: x = 1
except* E: x = 2
async def h(): await x; return
match x:
    case 1: pass
    case 2: a = 1; b = 2
    case _: ...
if a: x = (1,
           2)
def k(): yield; yield 1
lambda: 0;
x = 1;  # comment after semicolon
