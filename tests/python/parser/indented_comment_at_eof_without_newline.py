def f():
    x = 1
    # indented comment at EOF without newline