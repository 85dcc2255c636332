match x:
    case a.b():
        pass
    case a.b.c(1)(2):
        pass
