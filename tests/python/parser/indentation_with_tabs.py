def tabs():
	x = 1
	if x:
		return x
	return 0

class TabsAndSpacesInDifferentBlocks:
	def a(self):
		pass
    # (comment lines do not count)
	def b(self):
		pass

def spaces():
    return 1

if True:
	if True:
		pass
	else:
		pass
x = [
	1,
        2,
]
