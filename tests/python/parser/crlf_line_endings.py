# Windows line endings throughout
def greet(name):
    message = ('Hello, '
               + name)
    text = '''line one
line two
'''
    total = 1 + \
        2
    return message, text, total

if True:
    greet('wörld')
