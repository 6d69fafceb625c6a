# slice() as a builtin: its three forms, its attributes, indices(), slicing with it, and
# the old iteration protocol (__getitem__ until IndexError) that slices often go with.

s = slice(3)
t = slice(1, 8)
u = slice(7, 0, -2)
print(s, t, u, s.start, s.stop, s.step, u.step)
data = list(range(10))
print(data[s], data[t], data[u], "abcdefghij"[u], tuple(data)[slice(None, None, 3)])
print(t.indices(5), u.indices(4), slice(None, None, -1).indices(3), slice(-100, 100).indices(6))
print(isinstance(t, slice), type(t).__name__, slice(1, 2) == slice(1, 2) if False else "skip")
data[slice(0, 3)] = ["x"]
print(data)
del data[slice(None, None, 2)]
print(data)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i


class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i * 10


print(list(Countdown(3)), [x for x in Stops()], 2 in Countdown(3), 7 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"), next(it, "still done"))

for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(0, 5, 0).indices(3),
            lambda: t.indices(-1), lambda: t.indices("5"), lambda: data[slice("a", 2)]]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(slice(1, 2).nope)
