a = b = c() = d
