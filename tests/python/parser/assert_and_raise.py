assert x
assert x, y
assert (x, y)
assert x == 1, f"x is {x!r}"
assert not x, ("long "
               "message")
assert lambda: 0
assert x if y else z, w
raise
raise E
raise E()
raise E("message", 1)
raise E from cause
raise E() from None
raise (E) from (cause)
raise make_error(x) if x else other from err
raise E from f() if a else g()
