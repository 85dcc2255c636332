o = 0o
