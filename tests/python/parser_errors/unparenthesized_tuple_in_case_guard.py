match x:
    case 1 if a, b:
        pass
