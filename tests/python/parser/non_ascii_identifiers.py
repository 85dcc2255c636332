café = 1
naïve = café + 1
π = 3.14159
Δx = 0.5
ñandú = 'bird'
名前 = 'name'
변수 = 42
переменная = 'var'
μ = 1e-6
µ = 2e-6
ﬁle = 'NFKC folds the ligature'
ℌello = 'NFKC folds the fraktur H'
ｆｕｌｌｗｉｄｔｈ = 'NFKC folds full-width letters'
𝐱 = 'mathematical bold x is x'
Ⅸ = 9
a·b = 'middle dot continues an identifier'
é_combining_acute = 1
_ñ = 1
__ñ__ = 2
ñ1 = 3
def función(parámetro, *argumentos, **opciones):
    return parámetro
class Clase:
    def método(self):
        return self.atributo
obj.atributo = café
print(ﬁle, fi, ℌello, Hello, 𝐱, x)
import módulo
from paquete import nombre as alias_ñ
lambda λ: λ
obj.ﬁeld = f(ﬁ=1, **{'ﬁ': 2})
def ﬁnd(ﬁx, *ﬁxes, ﬁnal=1, **ﬁelds) -> ﬁ: pass
import ﬁ.ﬁ as ﬁ
from ﬁ import ﬁ as ﬁ2
match ｘ:
    case ｙ:
        pass
    case Ｐｏｉｎｔ(ｘ=ｙ):
        pass
