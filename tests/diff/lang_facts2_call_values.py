# Functions called directly with ints and also used as values (map, sorted, filter, dicts,
# returns, recursion through a parameter), shared list defaults, *args/**kwargs, keywords,
# methods on receivers sometimes None, bound methods, methods no code names found in vars().


def inc(x, by=1):
    return x + by


def collect(v, into=[]):
    into.append(v)
    return into


def spread(*args, **kwargs):
    total = 0
    for a in args:
        total = total + a
    for k in sorted(kwargs):
        total = total + kwargs[k]
    return total


def fact(n, again):
    if n <= 1:
        return 1
    return n * again(n - 1, again)


def pick(kind):
    if kind == "inc":
        return inc
    if kind == "spread":
        return spread
    return None


class Handlers:
    def on_int(self, v):
        return v + 1

    def on_text(self, v):
        return v + "!"


class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt

    def total(self):
        if self.nxt is None:
            return self.val
        return self.val + self.nxt.total()

    def scaled(self, k=2):
        return self.val * k


print(inc(1), inc(2, 3), inc(x=4, by=0.5), inc(by=2 ** 70, x=0) - 2 ** 70)
print(list(map(inc, [1.5, 2])), sorted([3, 1, 2], key=inc), list(filter(inc, [-1, 0, 1])))
table = {"i": inc, "s": spread, "c": collect}
print(table["i"]("a", "b"), table["s"](1, 2.5, k=3), table["c"]([0]))
print(collect(1), collect("two"), collect(3.5)[1] + 1, len(collect(None)))
print(spread(), spread(1, 2), spread(*[1, 2], **{"z": 0.5}), spread(True, y=True))
print(fact(5, fact), fact(20, fact), fact(3, lambda n, f: 0.5))
f = pick("inc")
print(f(10), pick("spread")(4, 5, k=1), pick("x") is None)
try:
    pick("none")(1)
except TypeError as e:
    print("TypeError", e)
chain = Node(1, Node(2, Node(3.5, None)))
print(chain.total(), chain.nxt.total(), chain.scaled(), chain.nxt.nxt.scaled(k=3))
tm = chain.total
sc = chain.nxt.scaled
chain.nxt.val = "x"
try:
    print(tm())
except TypeError as e:
    print("TypeError", e)
print(sc(), sc(k=1), tm.__name__, sc.__self__ is chain.nxt)
methods = [Node(2, None).scaled, Node(2 ** 70, None).scaled, Node([1], None).scaled]
print([m() for m in methods][0], methods[1]() // 2 ** 70, methods[2](3))
for recv in [chain, None, Node(None, None)]:
    try:
        print(recv.total(), recv.scaled(1))
    except AttributeError as e:
        print("AttributeError", e)
    except TypeError as e:
        print("TypeError", e)
adders = [lambda v, k=k: inc(v, k) for k in range(3)]
print([a(1) for a in adders], adders[2](0.5), inc(*(1,), **{"by": 2}))
kw = {"by": 1.5}
print(inc(1, **kw), inc(**{"x": 1, "by": True}), spread(*collect(2)[1:2]))
handlers = {k[3:]: f for k, f in vars(Handlers).items() if k.startswith("on_")}
print(sorted(handlers), handlers["int"](Handlers(), 2), handlers["text"](None, "t"))
