# Every match statement here is rejected by CPython's compiler,
# but the parser (ast.parse) accepts it.
match x:
    case a:
        pass
    case 1:
        pass
match x:
    case _:
        pass
    case 1:
        pass
match x:
    case a | 1:
        pass
match x:
    case 1 | a | 2:
        pass
match x:
    case [a] | [b]:
        pass
match x:
    case (a, b) | (a, c):
        pass
match x:
    case [*a, *b]:
        pass
match x:
    case [*_, 1, *_]:
        pass
match x:
    case {'k': 1, 'k': 2}:
        pass
match x:
    case {1: a, 1.0: b}:
        pass
match x:
    case C(a=1, a=2):
        pass
match x:
    case [a, a]:
        pass
match x:
    case {'k': a, 'j': a}:
        pass
match x:
    case C(a, b=a):
        pass
match x:
    case a as a:
        pass
match x:
    case [a] as a:
        pass
match x:
    case f'{y}':
        pass
match x:
    case f'plain':
        pass
match x:
    case 'a' f'{b}':
        pass
match x:
    case {f'k': 1}:
        pass
