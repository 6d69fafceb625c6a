"""issubset/issuperset/isdisjoint and <= < >= > between sets and frozensets; in, len."""
a = {1, 2}
b = {1, 2, 3}
c = frozenset([1, 2])
e = set()
pairs = [(a, b), (b, a), (a, c), (c, a), (e, a), (a, e), (e, e), (a, {3, 4}), (b, frozenset([3]))]
for x, y in pairs:
    print(x, y, x <= y, x < y, x >= y, x > y, x == y, x != y)
    print(x.issubset(y), x.issuperset(y), x.isdisjoint(y))
print(a.issubset([1, 2, 5]), a.issuperset((1,)), a.isdisjoint(range(3, 10)), e.isdisjoint(e))
print({1, 2} < {1, 3}, {1, 3} < {1, 2}, {1} < {1}, len(b), 2 in c, 5 in c, 2.0 in a, True in a)
