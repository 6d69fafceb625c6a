# Ints small almost everywhere but 2**70, negative or a bool on one path (attributes, list
# items, globals, parameters, returns); -0.0, nan, inf in float attributes; True + 1 where
# ints go; ints compared with floats; __len__ returning a bool or 2**70 (OverflowError).

scale = 3


class Acc:
    def __init__(self, start):
        self.n = start
        self.f = 0.5
        self.hist = [start]

    def add(self, k):
        self.n = self.n + k
        self.hist.append(self.n)
        return self.n

    def halve(self):
        self.f = self.f / 2
        return self.f


def grow(v):
    global scale
    if v > 100:
        scale = scale * 2 ** 70
    return v * scale


def mid(xs):
    return xs[len(xs) // 2] % 1000


def cmpf(a, b):
    return a < b, a == b, a > b


acc = Acc(1)
for k in [1, 2, 3]:
    acc.add(k)
print(acc.n + 1, acc.hist, mid(acc.hist))
acc.add(2 ** 70)
print(acc.n - 2 ** 70, acc.n % 7, acc.n // 3, acc.n >> 60, mid(acc.hist))
acc.add(-(2 ** 70) - 7)
print(acc.n, acc.n + 1, acc.n * acc.n, acc.hist[-2] - acc.hist[-1])
acc.add(True)
acc.add(False + True)
print(acc.n, type(acc.n).__name__, acc.hist[-1] + True)
b = Acc(True)
print(b.n + 1, type(b.n).__name__, b.add(True), type(b.add(0)).__name__)
print(grow(2), grow(7), grow(200), grow(2) > 2 ** 70, scale // 2 ** 70)
small = [1, 2, 3]
small.append(2 ** 64 - 1)
small.append(-2 ** 63)
print(sum(small), max(small), min(small), mid(small), [x & 0xFF for x in small])
print(cmpf(2 ** 53 + 1, float(2 ** 53)), cmpf(2 ** 70, 2.0 ** 70), cmpf(-1, -1.0))
print(cmpf(10 ** 400, float("inf")), cmpf(3, float("nan")), cmpf(True, 1.0))
fl = Acc(0)
fl.f = -0.0
print(fl.f, fl.f == 0.0, str(fl.f), fl.halve(), 1 / float("-inf"))
fl.f = float("nan")
print(fl.f, fl.f == fl.f, fl.halve() != fl.f, fl.f * 0)
fl.f = float("inf")
print(fl.halve(), -fl.f, fl.f - fl.f, int(fl.f > 1e308))
fl.f = 2 ** 70
print(fl.halve(), type(fl.f).__name__)
fl.f = True
print(fl.halve(), fl.f + 1)
big = 2 ** 62
for _ in range(4):
    big = big + big
print(big, big // 2 ** 62, big - 1, -big, abs(-big) == big)
neg = -(2 ** 47)
print(neg - 1, neg * -1, neg // 7, neg % 7, divmod(neg, 2 ** 40))
counts = {}
for v in [1, 2 ** 70, 1, True, 1.0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(hash(2 ** 70) == hash(2 ** 70), round(2.5), round(-0.5), round(2 ** 70 + 0.5) == 2 ** 70)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [3, True, 2 ** 50, 2 ** 70]:
    try:
        print(len(Sized(n)) + 1, bool(Sized(n)))
    except OverflowError as e:
        print("OverflowError", e)
