config = {'a': 1,

print(config)
