"""list literals, nesting, indexing and slicing reads with steps and negative indices."""
a = [10, 20, 30, 40, 50, 60, 70]
print(a, len(a), a[0], a[-1], a[3], a[-7])
print(a[1:4], a[:3], a[4:], a[-3:], a[:-3], a[::2], a[1::3], a[::-1], a[-2::-2], a[5:1:-1])
print(a[100:], a[-100:2], a[3:3], a[4:2], a[::7], a[::-7], a[6:-8:-3], a[:])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m, m[1], m[1][2], m[-1][-1], m[0][::-1], m[::-1][0], len(m), len(m[0]))
n = [1, [2, [3, [4, [5]]]], 'x', 2.5, None, True, (1, 2)]
print(n, n[1][1][1][1][0], n[1][1][0], len(n))
print([], [[]], [[], []], [1], list(), list('abc'), list(range(4)), list((1, 2)), list(a) == a)
b = a[:]
print(b is a, b == a, a[::1] is a)
i = -1
while i >= -len(a):
    print(a[i], end=' ')
    i -= 2
print()
e = [0, 'é', '日本', [1.5]]
print(e, e[1:3], e[-1][0])
