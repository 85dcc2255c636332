s = f'{yield'
