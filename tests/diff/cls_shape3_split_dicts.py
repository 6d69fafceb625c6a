# Split dicts in a frozen program: extra attributes (many, named like other classes' slots
# or class constants, holding mutated lists), del of slot and extra attributes, and
# __eq__/__hash__/__repr__ reading them; ends with an uncaught AttributeError in __repr__.


class P:
    kind = 2.5

    def __init__(self, x):
        self.x = x
        self.y = 0

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x and getattr(self, "tag", None) == getattr(other, "tag", None)

    def __hash__(self):
        return hash((self.x, getattr(self, "tag", "")))

    def __repr__(self):
        extra = self.tag if hasattr(self, "tag") else "-"
        return "P(" + str(self.x) + "," + str(self.y) + "," + str(extra) + ")"

    def doubled_kind(self):
        return self.kind * 2


class Q:
    def __init__(self):
        self.tag = "qtag"
        self.x = "qx"

    def bump(self):
        self.count = getattr(self, "count", 0) + 1
        return self.count


class R(P):
    def mark(self, t):
        self.tag = t
        self.items = []
        self.items.append(t)
        return self


def read_tag(o):
    return o.tag


def read_y(o):
    return getattr(o, "y", "no-y")


ps = [P(1), P(1), R(2), R(2)]
ps[0].tag = "t"
ps[1].tag = "t"
ps[2].mark("r").items.append("more")
ps[3].mark("r")
for i in range(30):
    ps[3].mark("r" + str(i))
print(ps, ps[0] == ps[1], ps[2] == ps[3], len({ps[0], ps[1], ps[2]}))
print(ps[2].items, ps[3].items, [read_tag(p) for p in ps])
q = Q()
q.y = [1]
q.y.append(2)
shared = q.y
ps[1].items = shared
ps[1].items.append(3)
print(q.y, read_y(q), read_y(ps[1]), read_tag(q), q.bump(), q.bump())
big = P(5)
for i in range(40):
    if i % 3 == 0:
        big.a0 = i
    else:
        big.a1 = [i]
        big.a1.append(-i)
    big.count = i
print(big.a0, big.a1, big.count, big, big.doubled_kind())
big.kind = 10
print(big.doubled_kind(), ps[0].doubled_kind())
del big.kind
print(big.doubled_kind())
del ps[0].tag
print(ps[0], ps[0] == ps[1], hasattr(ps[0], "tag"), hash(ps[0]) == hash(P(1)))
del ps[0].x
print(hasattr(ps[0], "x"), getattr(ps[0], "x", "nox"))
ps[0].x = 9
ps[0].tag = "back"
print(ps[0], read_tag(ps[0]))
del q.tag
try:
    print(q.tag)
except AttributeError as e:
    print("AE", e)
try:
    del q.count
    del q.count
except AttributeError as e:
    print("AE", e)
try:
    del ps[0].y
    del ps[0].y
except AttributeError as e:
    print("AE", e)
print(read_y(ps[0]), ps[0].tag, q.x, q.bump())
q.__len__ = lambda: 5
q.__str__ = lambda: "inst-str"
try:
    print(len(q))
except TypeError as e:
    print("TE", e, str(q)[:10], q.__len__(), q.__str__())
print(ps[0])
