"""str indexing, slicing with steps and negative indices on ASCII and non-ASCII text."""
texts = ['hello world', 'héllo wörld', '日本語のテキスト', 'a😀b🎉c', '', 'x']
for s in texts:
    print(repr(s), len(s))
    if len(s) > 0:
        print(s[0], s[-1], s[len(s) // 2], s[-len(s)])
    print(s[1:], s[:-1], s[::2], s[1::2], s[::-1], s[-2::-2])
    print(s[2:100], s[100:], s[-100:2], s[3:1], s[3:1:-1], s[::3], s[5:0:-2])
    print(s[-3:], s[:-3], s[-1:-4:-1], s[::-3], s[0:0], s[:])
s = 'aé日😀'
for ch in s:
    print(ch, ord(ch), len(ch), ch in s, ch * 3)
print('é' in 'café', '日本' in '日本語', '本日' in '日本語', '' in 'abc', '😀' in s)
print('é' < 'z', 'é' > 'e', '日' > 'é', '😀' > '日', 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a')
print('é' == 'e\u0301', 'caf\xe9' == 'café', len('e\u0301'))
i = 0
out = ''
while i < len('日本語テキスト'):
    out = out + '日本語テキスト'[i] + '|'
    i += 2
print(out)
