match x:
    case int() as a.b:
        pass
