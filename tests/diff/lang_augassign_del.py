"""a[i] += x, d[k] += 1, counters, del of names/items/slices, is / is not."""
a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
a[1] -= 7
print(a)
m = [[1, 2], [3, 4]]
m[1][0] += 100
m[0] += [9]
print(m)
d = {'x': 0}
d['x'] += 1
d['x'] += 1
d['y'] = d.get('y', 0) + 5
print(d)
counts = {}
for w in 'to be or not to be that is'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
freq = [0] * 5
for n in [1, 3, 3, 4, 1, 1, 0]:
    freq[n] += 1
print(freq)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
nested = {'k': [0, 0]}
nested['k'][1] += 7
print(nested)
x = 5
del x
y = [0, 1, 2, 3, 4]
del y[1], y[-1]
print(y)
z = {'a': 1, 'b': 2, 'c': 3}
del z['b']
print(z)
p = q = [1]
print(p is q, p is not q, p == [1], None is None, p is not None, None is not None)
r = [1]
print(r is q, r == q, r is not q)
e1 = ()
e2 = ()
print(e1 is e2, True is True, type(1) is int)
x = 1
x += x
x <<= 3
x |= 1
x ^= 3
x //= 2
x **= 2
x %= 7
print(x)
