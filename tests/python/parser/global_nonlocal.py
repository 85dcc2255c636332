global a
global a, b, c
def f():
    global counter
    counter += 1
    x = 0
    def g():
        nonlocal x
        x += 1
        def h():
            nonlocal x
            global y, z
            x = y = z = 1
        return h
    return g
class C:
    global shared
    shared = 1
    def m(self):
        v = 1
        class Inner:
            def n(self):
                nonlocal v
                v = 2
