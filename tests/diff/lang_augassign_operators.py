"""Augmented assignment with every operator: lists, sets and dicts update in place (aliases see it), numbers rebind."""
s = {1, 2}
t = s
s |= {3}
s -= {1}
s &= {2, 3, 4}
s ^= {9}
d = {"a": 1}
e = d
d |= {"b": 2}
fs = frozenset([1])
g = fs
fs |= {2}
n = 7
n //= 2
n **= 3
n %= 5
n <<= 4
n >>= 1
n &= 0xff
n |= 1
n ^= 3
x = 2.5
x /= 2
x -= 1
l = [1, 2]
m = l
l *= 2
l += (3,)
print(s, t, d, e, fs, g, n, x, l, m)
def f(a, b):
    a -= b
    a *= b
    return a
print(f(10, 3), f(2.5, 2), f([1], 2) if False else 0)
x = [1]
x -= 1
