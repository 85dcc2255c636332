total€amount = 1
