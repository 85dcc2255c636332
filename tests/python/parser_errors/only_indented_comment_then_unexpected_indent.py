# comment
    # indented comment
    x = 1
