x	=	foo(	1,
