"""dict get/setdefault/pop/popitem/update/keys/values/items/copy/clear."""
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 99))
print(d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d.pop('n', 5), d)
d.update({'x': 9, 'a': -1})
print(d)
d.update([('p', 1), ('q', 2)])
print(d)
d.update(k1=1, k2=2)
print(d)
d.update({'y': 0}, a=5)
d.update()
d.update(())
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['new'] = [1]
print(c, d, c == d)
e = {'l': [1]}
f = e.copy()
f['l'].append(2)
print(e, f)
print(list(d.keys()), list(d.values()), list(d.items()))
c.clear()
print(c, len(c), c.get(1))
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print(dict([(1, 2), (3, 4)]), dict(a=1, b=2), dict({'z': 0}, y=1), dict(zip('abc', range(3))))
print(dict(zip([1, 2, 3], ['x', 'y'])), dict([['k', 'v']]), dict(['ab', 'cd']), dict.fromkeys([1, 2]), dict.fromkeys('ab', 0))
