"""dict views (repr, len, in, iteration, live updates), comprehensions and equality."""
d = {'one': 1, 'two': 2, 'three': 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), len(v), len(it))
print('one' in k, 1 in v, ('two', 2) in it, ('two', 3) in it, 'four' in k, 2 in k)
d['four'] = 4
del d['one']
print(k, v, it)
for key, val in it:
    print(key, val, end=' | ')
print()
print(list(reversed(d)), list(reversed(d.values())), sorted(d.values()), sorted(k))
sq = {i: i * i for i in range(8)}
print(sq)
ev = {i: s for i, s in enumerate('abcdef') if i % 2 == 0}
print(ev)
inv = {v2: k2 for k2, v2 in d.items()}
print(inv)
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {1: 2} != {1: 3}, {} == dict())
print({1: [1]} == {1: [1]}, list({1: 0, 2: 0}) == [1, 2], d.keys() == {'two': 0, 'three': 0, 'four': 0}.keys())
m = {**{'a': 1, 'b': 2}, **{'b': 3, 'c': 4}, 'd': 5}
print(m, {**{}}, {'x': 0, **{'x': 1}}, {**{1: 'a'}, 1.0: 'b'})
