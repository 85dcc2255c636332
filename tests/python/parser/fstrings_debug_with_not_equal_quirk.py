# CPython 3.13.0 keeps only the text before '!=' as the debug text of a
# self-documenting expression: the Constant below is 'x', not 'x!=y='.
f'{x!=y=}'
f'{a != b = }'
