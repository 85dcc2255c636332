if a:
    pass
else b:
    pass
