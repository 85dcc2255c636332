r = [x for x in]
