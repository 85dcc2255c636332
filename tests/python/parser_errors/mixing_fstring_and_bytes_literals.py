s = f'{x}' b'bytes'
