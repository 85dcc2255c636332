value = a ? b : c
