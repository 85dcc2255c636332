s = """triple double"""
s = '''triple single'''
s = """
leading newline"""
s = """trailing newline
"""
s = """multi
line
string"""
s = '''contains "double" and 'single' quotes'''
s = """contains ''' inside"""
s = '''contains """ inside'''
s = """ends with quote\""""
s = """ends with two quotes "\"\""""
s = """a "quoted" word and a ""doubled"" one"""
s = """line one \
continued line"""
s = r"""raw
\n stays \d"""
b = b"""bytes
on lines"""
s = """	tab	inside"""
s = """
    indented
        content
"""
def f():
    return """
    inside a function
    """
x = ("""a""" """b""")
s = """\"\"\""""
s = '''\'\'\''''
s = """x""""y"
