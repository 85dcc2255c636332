(x: int := 1)
