x = rb'abc\'
