x = '''abc''''
