doc = '''first
second''' + \ suffix
