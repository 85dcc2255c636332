def two_spaces():
  x = 1
  if x:
    return x
  return 0

def eight_spaces():
        return 1

def mixed_depths():
    if True:
            deeply = 1
    else:
     shallow = 2
    return

class Dedent:
    def a(self):
        if self:
            if self:
                if self:
                    pass
    def b(self):
        pass
x = 1

def blank_lines_inside():

    a = 1


    b = 2
    
    c = 3
        
    return a
if True:
    pass
    # comment at body indent
# comment at column zero
    # comment at body indent after a column-zero one
else:
    pass
def continuation_lines_ignore_indentation():
    value = (1 +
2 +
            3)
    other = [
  1,
                2,
    ]
    return value, other
