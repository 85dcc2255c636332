match command.split():
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case [x, y]:
        pass
    case x, y:
        pass
    case x, y,:
        pass
    case [x, *rest]:
        pass
    case [*init, last]:
        pass
    case [first, *_, last]:
        pass
    case *init, last:
        pass
    case [*_]:
        pass
    case [[a, b], [c, d]]:
        pass
    case [(a, b), *rest]:
        pass
    case ['go', direction]:
        pass
    case ['drop', *objects]:
        pass
    case [1, 'two', None, Color.RED, _]:
        pass
match config:
    case {}:
        pass
    case {'key': value}:
        pass
    case {'a': 1, 'b': [x, y], **rest}:
        pass
    case {"x": {"y": {"z": deep}}}:
        pass
    case {1: _, 2.5: _, -3: _, 1+2j: _, b'k': _, None: _, True: _}:
        pass
    case {Color.RED: x, mod.KEY: y}:
        pass
    case {'k': v, **rest,}:
        pass
    case {'a': 1,}:
        pass
    case {'a' 'b': 1}:
        pass
