def f():
    return 1
# final comment without newline, inside nothing