# Methods whose function objects escape: called through getattr, stored bound methods,
# key functions, map/filter, super(), Base.method(obj) on an unrelated class, and direct
# calls with ints mixed with calls from unknown code passing floats, strs and None.


class Counter:
    def __init__(self, start):
        self.count = start

    def add(self, k):
        self.count = self.count + k
        return self.count

    def key(self, x):
        return -x

    def label(self, prefix):
        return prefix + ":" + str(self.count)


class Loud(Counter):
    def add(self, k):
        r = super().add(k)
        return r * 2

    def label(self, prefix):
        return super().label(prefix.upper())


class Stranger:
    def __init__(self):
        self.count = "stranger"


def twice(f, v):
    return f(f(v))


c = Counter(1)
print(c.add(2), c.add(3))
bound = c.add
print(bound(0.5), twice(bound, 1))
print(getattr(c, "add")(10), c.count)
g = getattr(c, "label")
print(g("g"), c.label("direct"))
print(sorted([3, 1, 2], key=c.key))
print(list(map(c.add, [1, 2])), c.count)
print(list(filter(Counter(0).key, [0, 1, 0, 2])))

loud = Loud(5)
print(loud.add(1), loud.add(2.5), loud.label("x"))
methods = [c.add, loud.add]
for m in methods:
    print(m(1))
print(Counter.label(Stranger(), "s"))
print(Counter.add(Counter(2 ** 64), 1))

s = Counter("a")
print(s.add("b"), s.add("c"), s.label("str"))

table = {"inc": Counter(0).add}
print(table["inc"](7), table["inc"](0.25))
by_name = {}
for name in ["add", "label"]:
    by_name[name] = getattr(Counter(100), name)
print(by_name["add"](1), by_name["label"]("n"))


def apply_all(funcs, arg):
    out = []
    for f in funcs:
        out.append(f(arg))
    return out


n = Counter(0)
print(apply_all([n.add, n.add, n.key], 3))
print(apply_all([n.label], "p"), n.count)
call_add = Counter.add
print(call_add(n, 0.5), n.count)
try:
    Counter.add(None, 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    Counter.add(Stranger(), 1)
except TypeError as e:
    print("TypeError", e)
