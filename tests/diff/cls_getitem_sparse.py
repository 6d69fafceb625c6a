"""__getitem__/__setitem__/__delitem__ on a sparse vector, slices passed to __getitem__, __contains__."""
class Sparse:
    def __init__(self, n):
        self.n = n
        self.data = {}

    def _check(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("sparse index out of range")
        return i

    def __len__(self):
        return self.n

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.n)
            return [self[i] for i in range(start, stop, step)]
        return self.data.get(self._check(key), 0)

    def __setitem__(self, key, value):
        i = self._check(key)
        if value == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = value

    def __delitem__(self, key):
        del self.data[self._check(key)]

    def __contains__(self, value):
        if value == 0:
            return len(self.data) < self.n
        return value in self.data.values()


v = Sparse(10)
v[2] = 5
v[-1] = 7
v[4] = 3
print(v[2], v[9], v[0], len(v))
print(v[:], v[2:5], v[::3], v[::-2], v[-3:])
print(sorted(v.data.items()))
v[4] = 0
print(sorted(v.data.items()))
del v[2]
print(sorted(v.data.items()))
try:
    del v[2]
except KeyError as e:
    print("KeyError:", e)
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)
print(7 in v, 5 in v, 0 in v, 3 not in v)
print(list(v))


class Echo:
    def __getitem__(self, key):
        return key


e = Echo()
print(e[1], e["a"], e[1, 2], e[1:2], e[::2], e[1:2, 3])
print(e[:].start, e[:].stop, e[:].step)
print(slice(1, 10, 2).indices(5))
