"""for over every container, tuple/nested/starred unpacking in targets, swaps."""
for x in [1, 'a', None]:
    print(x, end=' ')
for x in (2.5, (1,)):
    print(x, end=' ')
for ch in 'é日😀':
    print(ch, end=' ')
for k in {'b': 1, 'a': 2}:
    print(k, end=' ')
for n in {3, 1, 2}:
    print(n, end=' ')
for n in frozenset([40, 8]):
    print(n, end=' ')
for i in range(3, 0, -1):
    print(i, end=' ')
for by in b'AB':
    print(by, end=' ')
print()
d = {'x': 1, 'y': 2}
for k, v in d.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for a, *rest in [(1, 2, 3), (4,), 'xyz']:
    print(a, rest)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = 'abc'
print(init, tail)
a, *b, c = 1, 2
print(a, b, c)
(p, q), r, [s, t] = 'pq', 3, (4, 5)
print(p, q, r, s, t)
x, y = 1, 2
x, y = y, x
print(x, y)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
i, l[i] = 1, 99
print(i, l)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
m, n = n, m = 5, 6
print(m, n)
for [u, v] in [[1, 2]]:
    print(u + v)
for u, (v, *w) in [(1, (2, 3, 4)), (5, 'ab')]:
    print(u, v, w)
head, *body = [[1, 2], [3]]
print(head, body)
