x = False = 0
