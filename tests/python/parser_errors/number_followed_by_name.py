x = 10abc
