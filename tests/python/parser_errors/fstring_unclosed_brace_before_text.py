s = f'{x abc'
