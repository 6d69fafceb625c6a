"""Chained comparisons: evaluation order, single evaluation and short circuit."""
def v(tag, x):
    print('eval', tag, x)
    return x

print(v('a', 1) < v('b', 2) < v('c', 3))
print('--')
print(v('a', 1) < v('b', 0) < v('c', 3))
print('--')
print(v('a', 3) > v('b', 2) > v('c', 1) > v('d', 0))
print('--')
print(v('a', 1) == v('b', 1.0) != v('c', 2) <= v('d', 2))
print('--')
print(v('a', 5) <= v('b', 5) < v('c', 5))
x = 2
print(1 < x <= 3, 1 < x < 2, 0 <= x < 10 < 100, 3 > x > 1 > 0)
print(1 < 2 > 0, 1 == 1 == 1.0, 1 == 1 == 2, 'a' < 'b' < 'c')
i = -2
while i <= 5:
    print(i, 0 <= i < 3, -1 < i <= 4 != i)
    i += 1
