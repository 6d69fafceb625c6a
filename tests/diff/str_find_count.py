"""find/rfind/index/rindex/count with start/end; startswith/endswith with tuples."""
s = 'abracadabra'
for sub in ['a', 'bra', 'cad', 'z', '', 'abracadabra', 'abracadabrax']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 4), s.rfind(sub, 0, 8))
print(s.find('a', -3), s.find('a', 3, 4), s.find('a', 10, 2), s.rfind('a', -4, -1), s.count('a', 1, -1))
print(s.index('c'), s.rindex('a'), s.index('b', 2), s.rindex('b', 0, 5), s.count('', 2, 5))
print(s.find('', 11), s.find('', 12), s.rfind(''), s.count('aa'), 'aaaa'.count('aa'), ''.count(''))
u = '日本語と日本'
print(u.find('日本'), u.rfind('日本'), u.count('日'), u.index('語'), u.find('と', 4), u.find('é'))
print(s.startswith('abr'), s.startswith('bra', 1), s.startswith(('x', 'ab')), s.startswith(()))
print(s.endswith('bra'), s.endswith('cad', 0, 7), s.endswith(('z', 'ra')), s.endswith('', 3))
print(s.startswith('a', 20), s.startswith('', 11), s.startswith('', 12), s.endswith('abra', -4))
print('é日'.startswith('é'), 'é日'.endswith('日'), 'é日'.startswith(('日', 'é日')))
