match = 1
case = 2
type = 3
_ = 4
match.attr = case.attr
match[0] = case[1]
match(x)
case(y)
type(z)
_(w)
print(match, case, type, _)
match = match + case
match -x
match, case = 1, 2
match: int = 1
case: str
type: type = type
def match(case, type, _): return case
def case(): pass
def type(): pass
class match: pass
class type: pass
import match
import case as type
from type import match as case
for match in case: pass
for type, _ in pairs: pass
with match as case: pass
lambda match, case=1, *type, **_: 0
match.group(1)
match *x, y:
    case [*_]:
        pass
match match:
    case case:
        pass
match case:
    case match:
        pass
match type:
    case type():
        pass
match _:
    case _:
        pass
match(x):
    case (x):
        pass
match[x]:
    case [x]:
        pass
match {x}:
    case {}:
        pass
match -x:
    case -1:
        pass
match not_a_keyword:
    case _:
        pass
type X = int
type type = type
type match = case
type = type[int]
type(X)
type.__name__
x = [match for match in case]
x = {type: _ for type, _ in z}
match match.case:
    case match.case:
        pass
match (match):
    case (case):
        pass
