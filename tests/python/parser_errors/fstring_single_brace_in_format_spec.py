s = f'{x:abc}}def'
