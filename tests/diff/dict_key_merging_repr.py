"""1 == 1.0 == True key merging keeps first key, last value; self-containing dict repr."""
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
e = {True: 'b', 1: 'i'}
print(e)
f = {0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'}
print(f)
g = {}
g[1.0] = 'x'
g[1] = 'y'
g[True] = 'z'
print(g, g[1], g[True], 1 in g, 1.0 in g)
h = {2 ** 61 - 1: 'big', 0: 'zero'}
print(h, h.get(2 ** 61 - 1), h.get(0.0))
s = {}
s['self'] = s
s['n'] = 1
print(s, s['self']['self']['n'])
t = {'a': {}}
t['a']['b'] = t
print(t)
l = [1]
u = {'l': l}
l.append(u)
print(u, l)
print({(1, 2): 'a', (1, 2.0): 'b'}, {(): 1, (0,): 2}, {1.5: 'x', 3 / 2: 'y'})
