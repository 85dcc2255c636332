f'{'single inside single'}'
f"{"double inside double"}"
f'{"double inside single"}'
f"{'single inside double'}"
f'{f'{f'{f'{x}'}'}'}'
f"{f"{f"{f"{x}"}"}"}"
f'{x['key']}'
f"{x["key"]}"
f'{'a' + 'b'}'
f'{'\n'.join(lines)}'
f'{"\t".join(cols)}'
f'{'\\'}'
f'{"\N{SNOWMAN}"}'
f'{'''triple inside single'''}'
f'{"""triple inside single"""}'
f"""{"""nested triple"""}"""
f'''{'''nested triple'''}'''
f'{f"{x!r}"!r}'
f'{f'{x:{y}}':{z}}'
f'{[f'{i}' for i in range(3)]}'
f'{ {'k': 'v'}['k'] }'
f'{x:{'>'}{10}}'
f'outer {f'middle {f'inner {x}'}'} end'
f"{'''a'''!r}"
f'{rb'raw bytes'}'
f'{u'unicode'}'
f'{rf'{x}'}'
