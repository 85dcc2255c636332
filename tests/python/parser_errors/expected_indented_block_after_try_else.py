try:
    pass
except:
    pass
else:
z = 1
