class C[T = ]:
    pass
