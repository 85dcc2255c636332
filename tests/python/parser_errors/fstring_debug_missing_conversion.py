print(f'{x=!}')
