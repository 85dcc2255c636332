type Alias = int
type ListOrSet[T] = list[T] | set[T]
type Pair[K, V] = tuple[K, V]
type Recursive = list[Recursive] | int
type Bounded[T: int] = list[T]
type Constrained[T: (int, str)] = list[T]
type Variadic[*Ts] = tuple[*Ts]
type Params[**P] = Callable[P, int]
type Mixed[T, *Ts, **P] = Callable[P, tuple[T, *Ts]]
type Trailing[T,] = T
type Lazy = "forward reference"
type Lambda = lambda: 0
type Cond = int if flag else str
def f[T](x: T) -> T: return x
def g[T: int, U: (str, bytes)](a: T, b: U): pass
def h[*Ts](*args: *Ts): pass
def k[**P](f: Callable[P, int], *args: P.args, **kwargs: P.kwargs): pass
def m[T, *Ts, **P](): pass
def n[T,](): pass
async def a[T](x: T) -> T: return x
class C[T]: pass
class D[T](Base[T]): pass
class E[K, V](dict[K, V], metaclass=Meta): pass
class F[T: Hashable, *Ts, **P]: pass
class G[
    T,
    U: int,
]: pass
class Outer[T]:
    def method[U](self, x: T, y: U) -> tuple[T, U]: pass
    type Inner[V] = dict[T, V]
    class Nested[W]: pass
def f[T: list[int] | None](): pass
def f[T: "forward"](): pass
def f[T: (yield_)](): pass
type match = int
type case[type] = type
type _[_] = _
