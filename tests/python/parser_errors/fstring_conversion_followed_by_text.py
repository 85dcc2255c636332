s = f'{x!r abc}'
