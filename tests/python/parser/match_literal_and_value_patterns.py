match x:
    case 0:
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5e3:
        pass
    case 1j:
        pass
    case -1j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 1.5 + 0.5j:
        pass
    case 0x10 | 0o17 | 0b11 | 1_000:
        pass
    case 'string':
        pass
    case "double" 'concatenated':
        pass
    case b'bytes':
        pass
    case r'raw\d':
        pass
    case """triple""":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED:
        pass
    case module.Class.CONSTANT:
        pass
    case a.b.c.d.e:
        pass
    case _:
        pass
