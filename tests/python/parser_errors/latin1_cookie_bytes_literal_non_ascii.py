# coding: latin-1
b = b'é'
