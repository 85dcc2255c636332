class A: pass
class B(): pass
class C(A): pass
class D(A, B,): pass
class E(metaclass=Meta): pass
class F(A, B, metaclass=Meta, **kwargs): pass
class G(*bases): pass
class H(*bases, **kw): pass
class I(A, *more, key=1, **kw): pass
class J(mod.Base, get_base()): pass
class K(A if x else B): pass
class L:
    """Docstring."""
    x = 1
    y: int
    def method(self): pass
    class Nested:
        class Deeper:
            pass
    async def am(self): pass
    @property
    def prop(self): return self.x
class M(
    A,
    B,
    metaclass=Meta,
):
    pass
class N[T]: pass
class O[T](Base[T]): pass
class P[T: int, *Ts, **P](Generic, metaclass=M): pass
