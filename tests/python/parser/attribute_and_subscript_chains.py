a.b
a.b.c.d.e.f
a[0]
a[0][1][2]
a.b[0].c[1].d
a().b().c()
a.b().c[0]()
a[b[c[d]]]
a[b.c].d[e.f]
(a).b
(a.b).c
(a + b).c
(1).real
1 .real
1.0.real
1j.imag
"abc".upper()
b"abc".decode()
f"{x}".strip()
[1, 2][0]
(1, 2)[1]
{1: 2}[1]
{1, 2}.pop()
(x for x in y).send
a.match.case.type._
a . b . c
a\
.b
(a
 .b
 .c())
x = a.b.c.d(e).f[g:h].i
