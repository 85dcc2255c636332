doc = """first line
second line

value = 3
