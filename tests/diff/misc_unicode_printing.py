"""Printing unicode text, escapes and mixed scripts, with sep/end of unicode."""
print('héllo', 'wörld', 'naïve', 'café')
print('日本語', '中文', '한국어', 'Ελληνικά', 'русский', 'עברית')
print('emoji 😀🎉', '\u2603', '\u03b1')
print('tab:\t|', 'nl:\n|', 'cr-free', 'bs:\\', "sq:'", 'dq:"')
print('a', 'b', sep='・', end='。\n')
s = ''
for i in range(5):
    s = s + 'é'
print(s, s == 'ééééé', 'é' * 5 == s)
print('日' + '本' == '日本', '\u65e5\u672c' == '日本', str(1) + '日')
