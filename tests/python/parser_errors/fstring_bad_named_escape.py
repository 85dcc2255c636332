s = f'\N{NOT A REAL NAME} {x}'
