"""str.split/rsplit with sep None vs given and maxsplit; str.join."""
s = '  a  b\tc\n d   '
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(' '), s.split(' ', 2))
print(s.rsplit(' ', 2), s.split(maxsplit=2), s.rsplit(maxsplit=0), s.split(None, 0))
t = 'a,b,,c,'
print(t.split(','), t.split(',', 1), t.rsplit(',', 1), t.rsplit(',', 2), t.split(',', -1))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '), ','.split(','))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1), 'aaa'.split('a'), 'aaaa'.split('aa'))
print('日本,語,テ'.split(','), 'x日y日z'.split('日'), 'é é'.split(), 'a\u3000b\x1cc\x85d'.split())
print('1 2 3'.split(' ', 0), '1 2 3'.rsplit(' ', 5))
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), ' - '.join(['solo']), '|'.join([]))
print('é'.join(['日', '本', '語']), ', '.join('abc'), '+'.join(('1', '2', '3')))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), words[::-1], ' '.join(words[::-1]))
print('-'.join(words).split('-', 3))
