try:
    pass
except ValueError, err:
    pass
