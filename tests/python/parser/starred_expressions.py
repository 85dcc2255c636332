a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(a, *b) = c
(*a,) = b
[*a] = b
a, *(b, c) = d
a, *[b, c] = d
for a, *b in c: pass
for *a, b in c: pass
x = *a, *b
x = *a,
x = [*a, *b]
x = {*a, *b}
x = (*a, *b)
f(*a)
f(*a, *b)
f(*a, b, *c)
f(*(a, b))
f(*a.b)
f(*a[0])
f(*a())
f(*-a)
f(**a)
f(**a, **b)
def g():
    return *a, *b
def h():
    yield *a, *b
def k():
    return 1, *a
x = a[*b]
x = a[*b, *c]
x = a[1, *b]
del a[*b]
for x in *a, *b:
    pass
for x in *a,:
    pass
x = [*range(3), *"abc"]
x = {**a, 'k': 1}
print(*args, sep='')
