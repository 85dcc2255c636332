s = 'a' 'b'
s = 'a' "b" '''c''' """d"""
s = 'a' r'\b' u'c'
s = ('first '
     'second '
     'third')
s = ('a'
     # comment between parts
     'b')
s = 'a' \
    'b'
s = f'{x}' 'plain'
s = 'plain' f'{x}'
s = 'a' f'{x}' 'b' f'{y}' 'c'
s = f'{x}' f'{y}'
s = f'{x}' rf'\d{y}' 'z'
s = ('x = '
     f'{x!r}'
     ', y = '
     f'{y:>10}')
s = f'a' 'b' f'c'
s = '' ''
s = '' f''
s = f'' ''
s = f'{1}' '' f'{2}'
b = b'a' b'b'
b = b'a' rb'\b' B'c'
b = (b'one'
     b'two')
s = u'a' 'b'
s = 'a' u'b'
s = """triple""" 'single'
s = f"""{
x}""" 'after'
s = 'a' 'b'.upper()
x = f('a' 'b', 'c')
d = {'k' 'ey': 'v' 'alue'}
s = 'caf\u00e9' 'é'
s = 'emoji 😀' f'{x}😀' '😀'
