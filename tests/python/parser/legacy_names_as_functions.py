print()
print('hello')
print('a', 'b', sep=', ')
print(*args)
print >> x
print, x
exec('code')
exec('code', globals(), locals())
exec(code) in ns
raise_ = 1
apply(f, args)
x = print
print.__doc__
print (x)
exec (x)
print(x) if x else print(y)
