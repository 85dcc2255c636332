s = fb'x'
