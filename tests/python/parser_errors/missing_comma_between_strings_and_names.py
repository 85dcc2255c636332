names = ['alice' bob]
