"""Objects with keys() and __getitem__ are mappings to dict(m), d.update(m), d |= m, {**m}
and f(**m), as CPython's PyDict_Merge reads them: the list of m.keys() first, then m[key]
for each; without keys() dict() and update() take pairs, {**m} and f(**m) refuse."""


class Config:
    def __init__(self, items):
        self.items = items
        self.reads = []

    def keys(self):
        print("keys() called")
        return [k for k, _ in self.items]

    def __getitem__(self, key):
        self.reads.append(key)
        for k, v in self.items:
            if k == key:
                return v
        raise KeyError(key)


class Pairs:
    """Iterable of pairs, no keys(): dict() takes its pairs."""

    def __iter__(self):
        return iter([("x", 1), ("y", 2)])


class Doubler:
    def __init__(self, n):
        self.n = n

    def keys(self):
        return range(self.n)  # any iterable

    def __getitem__(self, i):
        return i * 2


def show(**options):
    return sorted(options.items())


c = Config([("a", 1), ("b", 2)])
print(dict(c), c.reads)
d = {"a": 0, "z": 26}
d.update(c)
print(d)
d.update(c, z=0)
print(d)
print({**c, "c": 3}, {"a": -1, **c}, {**c, "a": -1})
print(show(**c), show(first=0, **c))
e = {"q": 0}
e |= c
print(e)
print(dict(Pairs()), dict(Doubler(3)), {**Doubler(2)})
t = dict
print(t(c))
print(dict(c, b=20))
print(dict(c).keys() == {"a", "b"})


class Broken:
    def keys(self):
        return 5

    def __getitem__(self, key):
        return key


class NoItems:
    def keys(self):
        return ["k"]


class Plain:
    pass


def attempt(what, f, with_message=True):
    try:
        print(what, f())
    except (TypeError, KeyError) as err:
        print(what, type(err).__name__, err if with_message else "")


attempt("keys not iterable", lambda: dict(Broken()))
attempt("no __getitem__", lambda: dict(NoItems()))
attempt("no keys() in a display", lambda: {**Plain()})
# (Without the messages: CPython names the function '__main__.show()' there, Molt 'show()'.)
attempt("no keys() in a call", lambda: show(**Plain()), False)
attempt("no keys() nor pairs", lambda: dict(Plain()))
attempt("repeated keyword", lambda: show(a=1, **c), False)
attempt("a key twice", lambda: dict(Config([("a", 1), ("b", 2), ("b", 3)])))


class Lying:
    def keys(self):
        return ["present", "absent"]

    def __getitem__(self, key):
        if key == "absent":
            raise KeyError(key)
        return 1


dict(Lying())
