name = 'José'; total = name 42
