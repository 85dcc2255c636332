a = [x for x in lambda: 0]
