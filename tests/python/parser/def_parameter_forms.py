def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1): pass
def f4(a=1, b=2,): pass
def f5(*args): pass
def f6(**kwargs): pass
def f7(*args, **kwargs): pass
def f8(a, *args, b, c=3, **kwargs): pass
def f9(*, a): pass
def f10(*, a=1, b): pass
def f11(a, /): pass
def f12(a, /, b): pass
def f13(a, b=1, /, c=2): pass
def f14(a, /, *, b): pass
def f15(a, /, b, *args, c, **kwargs): pass
def f16(a=1, /, b=2, *, c, d=4, **e): pass
def f17(a, b, /, c, d, *e, f, g, **h,): pass
def f18(
    a,
    b: int = 2,
    /,
    c: str = "c",
    *args: tuple,
    d: float,
    e=5,
    **kwargs: dict,
): pass
def f19(a: int, b: "str" = "x", *c: int, d: list[int] = [], **e: object) -> None: pass
def f20(*args: *Ts): pass
def f21(*args: *tuple[int, ...]): pass
def f22(a, *args: *Ts, b: int = 1): pass
def f23(a=lambda x=1: x, b=(yield_ := 0)): pass
def f24(a: lambda: int = lambda: 0): pass
def f25(a=[], b={}, c=(), d=set(), e=1 if x else 2): pass
def f26(a, /, *, b): return a, b
def f27(*, b, **k): pass
def f28(a,): pass
def f29(*a,): pass
def f30(**k,): pass
def f31(a, /,): pass
def f32(a=1, /, *, b=2,): pass
def f33() -> int: return 1
def f34() -> "forward": ...
def f35() -> list[tuple[int, str]] | None: pass
def f36(a: int = 1 + 2 * 3, b: (int) = (4)): pass
def f37(*args: *Ts,): pass
