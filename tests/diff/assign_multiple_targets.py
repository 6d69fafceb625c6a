"""Chained assignment a = b = c binds all names to one value; rebinding is independent."""
a = b = 3
print(a, b)
b += 1
print(a, b)
x = y = z = 'hi'
z = z + '!'
print(x, y, z)
p = q = 2.5
p *= 2
print(p, q)
m = n = None
print(m, n, m is None and n is None)
def f():
    print('f called')
    return 7
u = v = w = f()
print(u + v + w)
g = 1
g = h = g + 10
print(g, h)
