class C:
    y = 2
