for a, b pairs:
    pass
