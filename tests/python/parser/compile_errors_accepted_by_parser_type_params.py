# Every definition here is rejected by CPython's compiler or symbol table,
# but the parser (ast.parse) accepts it.
def f[T, T](): pass
class C[T, *T]: pass
type A[T, **T] = T
def f[T = int, U](): pass
class C[*Ts = *tuple[int], T]: pass
type A[T = int, U] = U
def f[T: (yield)](): pass
def f[T: (yield from x)](): pass
def f[T: (x := 1)](): pass
def f[T = (yield)](): pass
def f[T = (x := 1)](): pass
def f[*Ts = (yield)](): pass
def f[**P = (yield)](): pass
class C[T: (yield)]: pass
class C[T: (x := 1)]: pass
type A = (yield)
type A = (x := 1)
type A[T] = (yield)
async def f():
    def g[T: (await x)](): pass
    type A = (await x)
    type B[T: (await x)] = T
def f[T](a: (yield)): pass
class C[T]((yield)): pass
def f[T]() -> (yield): pass
class C[T](base=(x := 1)): pass
type A[T = (yield from x)] = T
def f():
    def g[T](): nonlocal T
