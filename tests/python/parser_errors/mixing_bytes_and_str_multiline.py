s = (b'one'
     'two')
