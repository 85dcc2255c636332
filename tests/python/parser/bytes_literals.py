b = b''
b = b'abc'
b = b"abc"
b = b'''abc'''
b = b"""multi
line"""
b = b'\x00\x7f\x80\xff'
b = b'\n\r\t\\\'\"\a\b\f\v'
b = b'\0\7\77\101\377'
b = rb'\x00 stays raw \d'
b = br'\n stays raw'
b = b'a' b'b' b'c'
b = b'a' rb'b' Br'c' bR'd'
b = (b'multi'
     b'part')
b = b'~!@#$%^&*()_+`-={}|[]:;<>?,./'
b = b' \t'
b = b'\
continued'
b = b'a'[0]
b = b'abc'.decode('ascii')
b = b'%s' % b'x'
