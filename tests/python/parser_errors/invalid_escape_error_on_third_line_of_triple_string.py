text = """
first
second \N{NO SUCH CHARACTER}
"""
