if (n := len(a)) > 10:
    pass
while (chunk := f.read(1024)):
    pass
x = (y := 1)
x = [y := 1, y ** 2]
x = [z for x in data if (z := f(x)) is not None]
x = {(k := key(v)): v for v in values}
x = [(last := item) for item in items]
print(x := 1, y := 2)
f(a, b := 2, c=(d := 3))
x = (a := 1, b := 2)
x = a[b := 1]
x = a[(b := 1):2]
x = {a := 1}
x = {a := 1, b := 2}
x = {'k': (v := 1)}
x = lambda: (y := 1)
x = (y := lambda: 0)
assert (y := 1)
if any((hit := line).startswith("#") for line in lines):
    pass
def f(a=(b := 1)): pass
x = (y := (z := 3))
x = y if (y := f()) else z
with (ctx := manager()):
    pass
for x in (y := [1, 2]):
    pass
match (v := value):
    case _:
        pass
x = [i := j for j in range(3)]
x = (yield_ := 5) + 1
elements = [y := f(x), y ** 2, y ** 3]
