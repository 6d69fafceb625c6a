# Calls of shaped classes by name (C(args), C.m(x, args)): inherited and raising __init__s,
# star and keyword arguments, wrong counts, receivers of other classes and builtin values,
# methods named like builtin methods (get, add), and non-def class attributes called via C.m.
made = []


def helper(self, k):
    return ("helper", k)


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        made.append(self)

    def get(self):
        return self.a

    def add(self, k, j):
        return self.a + self.b + k + j

    @staticmethod
    def st(a, b):
        return a * b

    m = helper


class Mid(Base):
    def total(self):
        return self.a + self.b


class Leaf(Mid):
    def describe(self):
        return "leaf" + str(self.total())


class Ret:
    def __init__(self, n):
        self.n = n
        self.sq = self.square()
        made.append(self)
        if n != 0:
            return n

    def square(self):
        return self.n * self.n


class Var:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kw = kwargs


def early():
    return Late(1)


def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except (TypeError, AttributeError, NameError) as e:
        print(label, type(e).__name__, e)


attempt("early", early)


class Late:
    def __init__(self, x):
        self.x = x
        raise ValueError("late " + str(x))


try:
    early()
except ValueError as e:
    print("VE", e, len(made))
leaf = Leaf(1, b=2)
print(leaf.describe(), Leaf(*[3, 4]).total(), Mid(**{"a": 5, "b": 6}).total(), made[0] is leaf)
print(Ret(0).sq, Var(1, k=2).args, Var(*(1,), **{"z": 2}).kw, Var().args)
attempt("ret", lambda: Ret(3))
print(made[-1].sq, type(made[-1]).__name__, len(made))
attempt("leaf1", lambda: Leaf(1))
attempt("leaf3", lambda: Leaf(1, 2, 3))
attempt("leafkw", lambda: Leaf(1, c=2))
b = Base(10, 20)
v = Var(7)
print(Base.get(b), Base.get(leaf), Base.add(b, 1, j=2), Base.st(3, 4), Base.m(b, 5), b.m(6))
for x in (5, "str", None, v):
    try:
        print(Base.get(x))
    except AttributeError as e:
        print("AE", e)
try:
    Base.get(*())
except TypeError as e:
    print("TE", e)
try:
    print(Base.get(Base(1, 2)))
    print(Base.add(Mid(1, 2), 3, 4))
    print(Base.add(b, 1))
except TypeError as e:
    print("TE", e)
try:
    Base.add(b, 1, 2, j=3)
except TypeError as e:
    print("TE", e)
try:
    Base.get()
except TypeError as e:
    print("TE", e)
