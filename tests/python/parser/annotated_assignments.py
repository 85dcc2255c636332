x: int
x: int = 1
y: list[int] = []
z: "forward ref" = None
obj.attr: int
obj.attr: int = 2
obj[0]: str = "s"
(parenthesized): int = 3
(obj.attr): float
t: tuple[int, ...] = 1, 2
u: int = value if False else 0
v: dict[str, list[tuple[int, str]]] = {}
w: Callable[[int], str] | None = None
s: tuple = *a, *b
def f():
    local: int
    local2: int = (yield)
class C:
    field: int = 0
    other: ClassVar[str]
    nested: "C | None" = None
a: lambda: 1 = 2
def gen():
    b: (yield) = 3
    c: int = yield
