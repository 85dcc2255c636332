s = f'outer {f"inner {}"}'
