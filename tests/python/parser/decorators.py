@dec
def f(): pass

@dec()
def f(): pass

@dec(1, key=2)
def f(): pass

@mod.dec
def f(): pass

@mod.sub.dec(arg)
def f(): pass

@first
@second(1)
@third.attr
def f(): pass

@dec
class C: pass

@dec
async def f(): pass

@buttons[0].clicked.connect
def f(): pass

@(lambda f: f)
def f(): pass

@x if y else z
def f(): pass

@dec()()()
def f(): pass

@a.b[c](d).e
def f(): pass

@(yield_ := staticmethod)
def f(): pass

@ spaced_out
def f(): pass

@dec  # comment after decorator
# comment between decorator and def
@dec2
def f(): pass

class Outer:
    @property
    def p(self): return 1

    @p.setter
    def p(self, value): pass

    @staticmethod
    @functools.cache
    def s(): pass

    @dec
    class Inner: pass

@dec
def generic[T](x: T) -> T: return x

@dec
class Generic[T]: pass

@a or b
def f(): pass

@not_a_call[1:2]
def f(): pass
