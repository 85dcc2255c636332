x = "\d"
y = b"\q" + "ok"
if 1if True else 2:
    z = [0x1for _ in []]
w = "\d"
