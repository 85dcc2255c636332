# CPython's compiler warns about each of these (SyntaxWarning), the parser does not.
x = [1, 2, 3][1, 2]
x = (1, 2)(3)
x = [1, 2](3)
x = 1(2)
x = 'abc'(1)
x = f'{y}'(1)
x = None[0]
x = 1 is 1
x = 'a' is not 'b'
x = () is ()
assert (x, 'message')
assert (x, 'message',)
