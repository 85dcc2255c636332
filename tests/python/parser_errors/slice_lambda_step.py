x = a[::lambda: 1:2]
