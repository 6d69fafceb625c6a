"""frozenset repr, hash of frozensets, frozensets as dict keys and set members."""
f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset([frozenset([1])]), repr(frozenset({5})), set(), {frozenset()})
for fs in [frozenset(), frozenset([0]), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]),
           frozenset(range(10)), frozenset([-1, -2]), frozenset([2 ** 64]), frozenset([1.5, 2]),
           frozenset([frozenset([1, 2]), 3])]:
    print(fs, hash(fs))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1, 2])), frozenset([1]) == {1})
d = {frozenset([1, 2]): 'a', frozenset(): 'empty'}
d[frozenset([2, 1])] = 'b'
print(d, d[frozenset({1, 2})], len(d), {1, 2} == frozenset({1, 2}))
s = {frozenset([1]), frozenset([1]), frozenset([2, 3]), frozenset()}
print(len(s), frozenset([3, 2]) in s, {1} in s, frozenset([9]) in s)
g = f.union([10])
print(g, type(g).__name__, f.intersection({1, 9}), f - {1}, f ^ frozenset([3, 4]), f.copy() == f)
print(f.issubset([1, 2, 3, 4]), f.isdisjoint([5]), len(f), 2 in f, sorted(f), list(frozenset(range(5))))
