# -*- coding: latin-1 -*-
# Comment with Latin-1: résumé, naïve, © ± ½
café = 'crème brûlée'
über = café + ' à la carte'; n = 1
r = r'Ångström \d'
b = b'ascii only'
f = f'{café!r} § {über:>20}'
