name = 'café'
print(name)
