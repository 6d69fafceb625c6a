"""strip/lstrip/rstrip with and without chars; replace with count."""
s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyxhiyx'.strip('xy'), 'xyxhiyx'.lstrip('yx'), 'xyxhiyx'.rstrip('xy'))
print(repr('aaa'.strip('a')), repr(''.strip()), 'abc'.strip(''), 'www.example.com'.strip('cmowz.'))
print('ééaéé'.strip('é'), '日本日'.strip('日'), repr('\u3000x\u3000'.strip()), repr('\x1cx\x1f'.strip()))
print('a.b.c'.replace('.', '/'), 'a.b.c'.replace('.', '', 1), 'aaaa'.replace('a', 'bb', 2))
print('aaaa'.replace('aa', 'x'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('x', 'y'))
print('abab'.replace('ab', 'ba', 0), 'abab'.replace('ab', 'ba', -1), '日本日本'.replace('本', 'é'))
print(''.replace('', 'x'), 'x'.replace('x', ''), 'hello'.replace('l', 'L', 1).replace('o', '0'))
print('a b c'.replace(' ', '  ').replace('  ', ' ', 1))
