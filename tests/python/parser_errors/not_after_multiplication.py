x = 2 * not y
