data = b'''
abc
déf
'''
