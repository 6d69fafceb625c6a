# Exceptions carrying lists and instances, with-statements whose __exit__ swallows errors
# between assignments, f-strings and %-formatting of unboxed bools/floats/big ints, and
# isinstance over values of several classes (and bools as ints).


class Bad(Exception):
    def __init__(self, items, where):
        super().__init__("bad at " + str(where))
        self.items = items
        self.where = where


class Guard:
    def __init__(self, swallow):
        self.swallow = swallow
        self.seen = []
        self.ok = True

    def __enter__(self):
        return self.seen

    def __exit__(self, kind, exc, tb):
        self.ok = kind is None
        if exc is not None:
            self.seen.append(type(exc).__name__)
        return self.swallow


class Shape:
    def __init__(self, w):
        self.w = w
        self.flat = w < 1


class Square(Shape):
    pass


class Blob:
    def __init__(self):
        self.flat = None


def fill(items, n):
    for i in range(n):
        if i == 3:
            raise Bad(items, i)
        items.append(i)
    return items


def kind(v):
    if isinstance(v, Square):
        return "sq"
    if isinstance(v, (Shape, Blob)):
        return "shape/blob"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    return type(v).__name__


data = [10]
try:
    fill(data, 5)
except Bad as e:
    e.items.append(0.5)
    print(e, e.where + 1, e.items is data, sum(data), e.args)
g = Guard(True)
x = 1
with g as seen:
    x = 2.5
    seen.append(x)
    x = "mid"
    raise KeyError(x)
print(x, g.seen, g.ok, x * 2)
g2 = Guard(False)
try:
    with g2 as seen2:
        seen2.append(True)
        y = [seen2]
        fill(seen2, 9)
except Bad as e2:
    print(len(e2.items), e2.items[0] + 1, y[0] is g2.seen, g2.ok, g2.seen[-1])
with Guard(False) as s3:
    s3.append(2 ** 70)
print(s3[0] - 2 ** 70, s3)
shapes = [Shape(0.5), Square(2), Blob(), Shape(2 ** 70), True, 7, 1.5, None]
print([kind(s) for s in shapes])
for s in shapes[:4]:
    print(f"{kind(s):>10}|{s.flat}|{s.flat!r:>6}|{str(s.flat):<5}|{s.flat is True}")
print(f"{shapes[0].flat:d} {shapes[1].flat:5} {True:>6} {False + 0:03d} {True * 1.5:.2f}")
neg = -0.0
nan = float("nan")
inf = float("inf")
print(f"{neg} {neg:.1f} {neg:+} {nan:.2f} {inf:e} {-inf:>6} {abs(neg)}")
big = 2 ** 70
print(f"{big:,} {big:x} {big:e} {-big:>30} {big % 1000:05}")
w = 8
print(f"{shapes[3].w:{w}.2e}|{shapes[0].w:{w}}|{'%s %d %r' % (True, True, False)}")
print("%.3f %5s %-5d| %x" % (neg, True, True, big))
print(isinstance(True, int), isinstance(1, bool), isinstance(shapes[1], Shape), isinstance(1.0, int))
total = 0
for s in shapes:
    if isinstance(s, (int, float)):
        total = total + s
print(total, type(total).__name__)
