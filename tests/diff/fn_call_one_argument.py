# Calls of values with one argument (which skip the argument tuple): every kind of callable.
def pick(t):
    return t
P = pick(property)
S = pick(slice)
class C:
    x = P(lambda self: 42)
print(C().x, S(3), pick(int)("7"), pick(str)(5), pick(ValueError)("boom"), pick(list)((1, 2)))
f = pick(lambda a: a + 1)
g = pick(lambda a, b=2: a * b)
h = pick(lambda *a: a)
print(f(1), g(3), h(4), pick(len)([1, 2]), pick(abs)(-3), pick(sorted)([3, 1]))
try:
    f()
except TypeError as e:
    print(e)
try:
    pick(5)(1)
except TypeError as e:
    print(e)
try:
    pick(lambda: 0)(1)
except TypeError as e:
    print(e)


class Box:
    def __init__(self, v):
        self.v = v

    def add(self, n):
        return self.v + n

    def __call__(self, n):
        return "called with " + str(n)


b = pick(Box)(5)
items = []
pick(items.append)(1)
print(b.v, pick(b.add)(2), pick(b)(3), items, pick(Box.add)(b, 1))
