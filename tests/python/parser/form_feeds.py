# a form feed at the start of a line resets the indentation column
def f():
    x = 1
    return x

class C:
    y = 2

    
z = [1,2]
if z: pass
