s = '😀'
s = '😀😁😂'; t = 1
x = ('𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𝟘𝟙𝟚', 'a😀b', f'{y}😀{z}')
x = '😀' + y + '😀' + z
x = {'🐍': '🐍🐍', 'key': '𝄞'}
x = f('😀', k='😀😀') + g['😀']
s = 'é' 'e\u0301' 'ﬁ' 'Å' 'Å'
s = '中文字符' + 名前
s = 'עברית' + 'العربية'
s = '\u200b zero width \u200d joiner \ufeff bom'
s = '👨‍👩‍👧‍👦 family' ; y = 2
s = """😀
😀😀 after newline
"""; z = 3
s = b'\xf0\x9f\x98\x80'
s = '\U0001F600' == '😀'
x = ['😀', 1, 2][1:] ; y = f'{"😀"!r:>{width}}'
def f(a='😀', b='😀😀'):
    return a + b
class 类型:
    属性 = '值😀'
