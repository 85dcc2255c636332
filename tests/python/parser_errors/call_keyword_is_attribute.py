f(obj.attr=1)
