print('x', end='' sep=',')
