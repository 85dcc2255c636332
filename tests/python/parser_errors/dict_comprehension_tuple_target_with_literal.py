r = {k: v for k, 1 in items}
