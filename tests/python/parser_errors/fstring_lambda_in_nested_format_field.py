s = f'{x:{lambda: 0}}'
