obj.method(1) = 2
