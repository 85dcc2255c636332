def f() -> int, str:
    pass
