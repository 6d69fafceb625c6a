"""__eq__ and __hash__: instances as dict keys and set members, unhashable class with only __eq__."""
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%d, %d)" % (self.a, self.b)

d = {}
d[Key(1, 2)] = "first"
d[Key(3, 4)] = "second"
d[Key(1, 2)] = "replaced"
print(len(d), d[Key(1, 2)], d.get(Key(9, 9), "missing"))
print(Key(3, 4) in d, Key(4, 3) in d)
print(d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
print(sorted(k.a * 10 + k.b for k in s))
print(hash(Key(1, 2)) == hash(Key(1, 2)))

class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

print(OnlyEq.__hash__ is None)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq(1): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    set([OnlyEq(2)])
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) in [OnlyEq(0), OnlyEq(1)])

class ById:
    pass

x, y = ById(), ById()
ids = {x: 1, y: 2}
print(ids[x], ids[y], len({x, x, y}), x == y)

class ConstHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return self.v % 3 == other.v % 3

buckets = {}
for i in range(10):
    buckets[ConstHash(i)] = i
print(len(buckets), sorted(buckets.values()))
print(hash(ConstHash(0)), hash(True), hash(7))
