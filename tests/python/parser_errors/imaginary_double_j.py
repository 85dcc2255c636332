z = 3jj
