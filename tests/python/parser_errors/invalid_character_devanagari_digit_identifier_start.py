१abc = 1
