"""__iter__/__next__: iterator classes in for, list(), sum(), zip, manual next() and StopIteration."""
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    """Iterable (not iterator): each __iter__ returns a fresh iterator."""

    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return Range2Iter(self)

class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.i = r.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.r.hi:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v

for x in Countdown(3):
    print("tick", x)
print(list(Countdown(5)), sum(Countdown(100)))
c = Countdown(2)
print(list(c), list(c))
r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print(list(zip(Countdown(3), Range2(10, 20, 5))))
print([a * b for a in Range2(1, 4, 1) for b in Countdown(2)])
print(dict(zip(Range2(0, 3, 1), Countdown(3))))
print(tuple(Countdown(4)), 3 in Countdown(5), 9 in Countdown(5))
a, b, *rest = Countdown(6)
print(a, b, rest)
it = iter(Range2(0, 3, 1))
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(iter(c) is c, iter(r) is r)
print(list(enumerate(Countdown(3), 1)))
print(", ".join(str(v) for v in Range2(5, 8, 1)))

class NotIterable:
    pass

try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
