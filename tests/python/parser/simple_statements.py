pass
x = 1
x
...
del x
assert True
assert x, "message"
raise
raise ValueError
raise ValueError("bad") from None
raise ValueError from exc
import os
from os import path
global g
for i in range(3):
    if i:
        continue
    break
def f():
    nonlocal_name = 1
    def g():
        nonlocal nonlocal_name
        return
    return g
x = 1; y = 2; z = 3;
pass; pass
type Alias = int
