a=b+c*d-e/f//g%h**i@j
x=[1,2,3][0]
y=(1,)+(2,)
z={1:2,3:4}
w={*a,*b}
v={**a,**b}
u=not(x)
t=lambda:0
s=lambda*a,**k:0
r=-1;q=~x;p=+y
o=a<b>c<=d>=e==f!=g
n=a<<b>>c&d|e^f
a+=1;a-=1;a*=1;a/=1;a//=1;a%=1;a**=1;a@=1;a&=1;a|=1;a^=1;a>>=1;a<<=1
m='a'if b else'c'
l=f(x)if y else z
k='a''b'"c"
j=x.y.z(1)[2]
i=[x for x in(1,2)if x]
h=(yield_:=1)
if(x):pass
while(x):break
for(x)in(y):pass
def f(a,*,b=1,**c)->int:return(a)
class C(B):pass
g=a[1:2:3,::,...]
e=f'{x}'f"{y}"
d=b'x'rb'y'
