def f(self.x):
    pass
