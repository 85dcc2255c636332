s = f'{x!s:{y!}}'
