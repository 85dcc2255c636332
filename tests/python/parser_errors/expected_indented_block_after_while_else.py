while x:
    pass
else:
z = 1
