"""list append/extend/insert/pop/remove/index/count/reverse/copy/clear."""
a = []
a.append(1)
a.append([2, 3])
a.extend([4, 5])
a.extend('ab')
a.extend(range(2))
a.extend((9,))
print(a, len(a))
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a.remove('a')
a.remove(0)
print(a)
b = [3, 1, 3, 2, 3, 1]
print(b.index(3), b.index(3, 1), b.index(1, 2), b.index(2, -3), b.count(3), b.count(7), b.count(1))
print([1, 1.0, True].count(1), [0, False, 0.0, ''].count(0), ['a', 'b'].index('b'))
b.reverse()
print(b)
c = b.copy()
c.append('c')
print(b, c, c is b)
c.clear()
print(c, b)
d = [1, 2]
d.extend(d)
print(d)
print(a.append(5), a.extend([]), a.insert(0, 0), a.reverse(), a.clear(), a)
e = [[0]]
f = e.copy()
f[0].append(1)
print(e, f, e == f, e[0] is f[0])
x = [5]
x += [6, 7]
x += 'ab'
x *= 2
print(x)
