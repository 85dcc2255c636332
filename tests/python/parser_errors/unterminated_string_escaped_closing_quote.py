path = 'C:\temp\'
