match shape:
    case Point():
        pass
    case Point(x=0, y=0):
        pass
    case Point(0, 0):
        pass
    case Point(x, y):
        pass
    case Point(x, y=0):
        pass
    case Point(x, y,):
        pass
    case Point(x=x, y=y,):
        pass
    case geometry.Point(x=1):
        pass
    case a.b.c.Shape():
        pass
    case Line(start=Point(x=0), end=Point(y=0)):
        pass
    case Polygon(points=[Point(), *others]):
        pass
    case int() | float() | complex():
        pass
    case str(s) if s:
        pass
    case dict({'k': v}):
        pass
    case Circle(radius=r) as c:
        pass
    case Box(content=Box() | None):
        pass
    case C(match=1, case=2, type=3, _=4):
        pass
    case C(
        a,
        b,
        c=1,
    ):
        pass
