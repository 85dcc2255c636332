x = "\d"
f(1 for y in "\w", 2)
