a < b
a < b < c
a < b <= c > d >= e == f != g
a is b
a is not b
a in b
a not in b
a not in b not in c
a is not b is c
a is not not_b
a < (b < c)
(a < b) < c
a == b == c == d == e
x = 0 < a and a < 10
x = not a in b
x = not (a in b)
x = a in (b in c)
x = [] == [] != ()
x = a<b>c<=d>=e
x = a!=b
x = a  is  not  b
x = a  not  in  b
x = a is (not b)
x = 1 < 2 if 3 > 4 else 5 == 6
