a = 1
a = b = c = 2
a, b = 1, 2
(a, b) = [1, 2]
[a, b] = (1, 2)
a, = [1]
(a,) = [1]
[a] = [1]
a, *rest = range(5)
*init, last = range(5)
first, *middle, last = range(5)
[first, *middle, last] = range(5)
(a, (b, c), [d, *e]) = 1, (2, 3), [4, 5, 6]
obj.attr = 1
obj.attr.nested = 2
obj[0] = 3
obj[1:2] = [4]
obj[::2] = ()
obj[a, b] = 5
obj[...] = 6
obj().attr = 7
obj()[0] = 8
f(x).y[z].w = 9
def gen():
    x = yield_value = (yield)
    x = yield
    x = yield 1, 2
    x = yield from it
a = b, c = d, e = 1, 2
x = *a, *b
x = *a,
x = [*a, *b]
a[b], c.d, *e = f
x = lambda: 0
x = y if z else w
x = not y
x = a and b or c
x = await_ = 3
