"""list slice assignment incl. extended and size-changing slices, and del of items/slices."""
a = list(range(10))
a[2] = 'two'
a[-1] = 'last'
print(a)
a[1:3] = ['x', 'y', 'z', 'w']
print(a, len(a))
a[5:] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 200]
print(a)
a[1:4] = 'ab'
print(a)
a[::2] = range(len(a[::2]))
print(a)
a[::-3] = ['p', 'q', 'r']
print(a)
a[2:2] = [[7, 8]]
print(a)
a[10:20] = [9]
print(a)
a[-100:1] = ['front']
print(a)
b = [1, 2, 3, 4, 5, 6, 7, 8]
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del b[5:10]
print(b)
del b[:]
print(b, len(b))
c = [1, 2, 3]
c[1:2] = c
print(c)
d = [0, 1, 2, 3, 4, 5]
d[4:1:-1] = 'abc'
print(d)
d[3:1] = [10, 11]
print(d)
