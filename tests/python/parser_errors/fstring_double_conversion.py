s = f'{a!r!s}'
