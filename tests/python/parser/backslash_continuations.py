total = 1 + \
    2 + \
        3
if total > 1 and \
   total < 10:
    pass
with open('a') as f, \
     open('b') as g:
    pass
assert total, \
    'message'
x = [1, \
     2]
s = 'abc\
def'
t = """one \
two"""
def f(a, \
      b):
    return a \
        + b
value = f \
    (1, 2)
name = value \
    .real
import os.path as \
    p
del \
    x
