None
True
False
...
Ellipsis
__debug__
x = None, True, False, ...
x = [..., ...]
x = a[...]
x = a[..., 1]
def f(): ...
class C: ...
if x: ...
x = ... if True else None
x = not None
x = True + False
x = None is None
x = ... is Ellipsis
x = __debug__ and __file__
x = (None)
x = f(None, True, False, ...)
