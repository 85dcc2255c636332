s = ub'x'
