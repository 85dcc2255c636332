s = bf'x'
