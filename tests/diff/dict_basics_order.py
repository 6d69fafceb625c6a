"""dict literals, get/set/del, in, len and iteration order after deletes and reinsertions."""
d = {'b': 1, 'a': 2, 'c': 3}
print(d, len(d), d['a'], 'a' in d, 'z' in d, 2 in d, 'z' not in d)
d['d'] = 4
d['b'] = 10
print(d)
del d['a']
print(d, list(d))
d['a'] = 20
print(d)
for k in d:
    print(k, d[k], end='; ')
print()
e = {}
for i in range(12):
    e[i * 7 % 12] = i
print(e)
for i in range(0, 12, 3):
    del e[i]
print(e, len(e))
for i in range(0, 12, 2):
    e[i] = -i
print(e, len(e))
f = {1: 'int', 'k': 'str', (1, 2): 'tuple', 2.5: 'float', None: 'none', True: 'bool?', -1: 'neg'}
print(f, f[1], f[(1, 2)], f[None], len(f))
g = {'x': [1, 2], 'y': {'z': {}}, 'é': '日本'}
g['x'].append(3)
g['y']['z']['w'] = 0
print(g, g['y']['z'])
print({}, dict(), {1: {}}, {'a': []}, {(): ()}, repr({'q': "it's"}), str({0: '\n'}))
h = {}
for ch in 'mississippi':
    if ch in h:
        h[ch] += 1
    else:
        h[ch] = 1
print(h)
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), big[998], big[1], list(big)[:10], list(big)[-5:])
