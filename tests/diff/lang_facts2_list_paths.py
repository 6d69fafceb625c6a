# List items stored through every mutating path (insert, slices, +=, *=, unpacking, star
# calls, extend from map/zip/enumerate, sort, pop, copies, iteration while appending), and
# list * x where x is an instance whose __rmul__ returns a str: the result is no list.


def total(xs):
    t = 0
    for x in xs:
        t = t + x
    return t


def head_plus(xs):
    return xs[0] + 1


def star(*vals):
    return len(vals), vals[-1]


a = [1, 2, 3]
a.insert(1, 0.5)
print(total(a), head_plus(a), a)
b = [4, 5, 6]
b[1:2] = [2 ** 70, 7]
print(total(b) - 2 ** 70, b[1] + 1)
c = [1, 2]
c += (3.25,)
c *= 2
print(total(c), c[-1] * 2)
d = [10, 20, 30]
first, *rest = d
rest.append("tail")
print(first + 1, rest, rest[-1] + "!")
e = [1, 2, 3]
n, last = star(*e, 1.5)
print(n, last + 1, star(*e)[1] + 1)
f = [5, 6]
f.extend(map(lambda v: v / 2, [3]))
f.extend(zip([1], [2]))
print(f[2] + 1, f[3], len(f))
g = [3, 1, 2]
g.append(True)
g.sort()
print(g, head_plus(g), g[0] is True)
h = [9, 8]
h[::2] = [None]
print(h, h[0] is None)
i = [1, 2, 3]
j = i.copy()
j[0] = "copy"
k = list(i)
k.append(0.25)
print(i, j, total(k))
m = [1, 2, 3]
for v in m:
    if v == 2:
        m.append(v * 0.5)
    if len(m) > 5:
        break
print(m, total(m))
p = [1, 2]
q = p * 2
r = 3 * p
s = p + [2.5]
q[0] = None
print(q, r, total(r), total(s), s[-1] + 1)
t = [1, 2, 3]
popped = t.pop()
t.remove(1)
t.reverse()
t.append(-0.0)
print(popped + 1, t, total(t))
u = sorted([3, 2, 1])
u[0] = u[0] + 0.5
print(u, head_plus(u))
w = list(reversed([1, 2]))
w.append("z")
print(w, w[-1] * 2)
x = [[0] * 2 for _ in range(2)]
x[1][0] = 1.75
print(x, total(x[1]) + total(x[0]))
y = [1, 2]
z = [*y, *y]
z[1] = 2 ** 66
print(z, total(z) - 2 ** 66)
pairs = [[1, 2], [3, 4]]
for pr in pairs:
    pr.append(pr[0] + pr[1] + 0.5)
print(pairs, total(pairs[0]) + 1)
en = []
for idx, val in enumerate([1.5, 2]):
    en.append(idx)
    en.append(val)
print(en, total(en), en[1] + en[3])
cm = [v * 2 for v in [1, 2]]
cm[0:0] = [0.5]
print(cm, head_plus(cm))
del cm[0]
print(head_plus(cm), [v + 1 for v in cm])


class Rep:
    def __rmul__(self, other):
        return "rep" * len(other)


def times(xs, k):
    r = xs * k
    r *= k
    return r[-1], r.count("p"), len(r)


print(times([1, 2], 2), times([0.5], Rep()))
