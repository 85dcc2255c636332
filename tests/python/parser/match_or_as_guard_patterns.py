match value:
    case 1 | 2:
        pass
    case (1 | 2) | (3 | 4):
        pass
    case [1 | 2, 3 | 4]:
        pass
    case int() as n:
        pass
    case (1 | 2) as n:
        pass
    case 1 | 2 as n:
        pass
    case [x, y] as pair:
        pass
    case [x as first, *_] as whole:
        pass
    case {'k': (1 | 2) as v}:
        pass
    case ((a as b) as c) as d:
        pass
    case x if x > 0:
        pass
    case x if (y := x) and y > 0:
        pass
    case [x, y] if x == y:
        pass
    case Point(x=x) if a if x in range(10) else False:
        pass
    case _ if True:
        pass
    case (x):
        pass
    case (((x))):
        pass
    case ((1, 2)):
        pass
    case _:
        pass
match x,:
    case _:
        pass
match x, y:
    case a, b:
        pass
match *a, b:
    case _: pass
match (yield_ := value):
    case _: pass
match x if y else z:
    case _: pass
match -x:
    case _: pass
