# NFKC normalization happens after keyword recognition: these are plain names
# whose normalized spelling is a keyword.
ｉｆ = 1
ｃｌａｓｓ = ｉｆ + 1
Ｔｒｕｅ
ＮｏｎＥ = None
Ｎｏｎｅ
__𝒹𝑒𝒷𝓊𝑔__ = 1
print(ｐａｓｓ, ｌａｍｂｄａ)
obj.ｆｏｒ = 1
f(ｗｈｉｌｅ=1)
