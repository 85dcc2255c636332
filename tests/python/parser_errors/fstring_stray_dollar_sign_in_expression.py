price = f'{cost $ tax}'
