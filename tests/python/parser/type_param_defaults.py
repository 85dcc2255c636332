type A[T = int] = list[T]
type B[T: int = bool] = list[T]
type C[T: (int, str) = str] = T
type D[*Ts = *tuple[int, str]] = tuple[*Ts]
type E[*Ts = Unpack[tuple[int]]] = tuple[*Ts]
type F[**P = [int, str]] = Callable[P, None]
type G[**P = ...] = Callable[P, None]
type H[T, U = T] = dict[T, U]
type I[T = int, *Ts = *tuple[()], **P = []] = None
def f[T = int](): pass
def g[T: int = bool, U = str](): pass
def h[*Ts = *tuple[int, ...]](): pass
def k[**P = [int]](): pass
class C1[T = int]: pass
class C2[T: object = str, *Ts = *tuple[int], **P = ...]: pass
class C3[T = list[int] | None](Base): pass
def f[T = lambda: 0](): pass
def f[T = int if x else str](): pass
def f[T = "forward"](): pass
def f[T = (int, str)](): pass
def f[T=int,U=str](): pass
class C4[
    T = int,
    U: str = "x",
]: pass
