s = f"""
Name: {name}
Age:  {age:>3}
"""
s = f'''{
    x
}'''
s = f"""{
    x  # a comment inside a multi-line replacement field
    +
    y
}"""
s = f'{x
}'
s = f'{
x}'
s = f'{x +
       y}'
s = f'{f(a,
         b)}'
s = f"""first line {x}
second line {y!r}
third line {z:{w}}"""
s = f"""{"""
nested triple
"""}"""
s = (f'part one {a} '
     f'part two {b} '
     'plain part three')
s = f'line one \
line two {x}'
s = f"""\
no leading newline {x}\
"""
s = f'''{x:
>10}''' if False else ''
s = rf"""
raw {x} \d
"""
s = f"""{
[
    item
    for item in items
]
}"""
s = f"""{x!r
}"""
s = f'''{
    {'k': 'v'}['k']
}'''
