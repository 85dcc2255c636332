data = b"""
line one
straße
"""
