doc = """line one
line two
""" 3
