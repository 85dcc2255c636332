print((True := 1))
