result = compute(1,
def\ helper():
    pass
