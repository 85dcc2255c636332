for a, b + 1 in pairs:
    pass
