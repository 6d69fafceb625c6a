# Calls of classes by name, and of their methods through the class: C(args) and C.m(x, args)
# call the __init__ and the def that the class bodies give them directly, while nothing
# has changed the classes; then the generic call, with CPython's errors either way.


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

    def scaled(self, k):
        return Base.total(self) * k


class Child(Base):
    def total(self):
        return Base.total(self) + 100


class NoInit:
    def show(self):
        return "no init"


class BadInit:
    def __init__(self):
        self.x = 1
        return 42


print(Base(1, 2).total(), Child(3, 4).total(), Child(b=5, a=6).scaled(2))
print(NoInit().show(), Base.scaled(Child(1, 1), 3))
for make in (lambda: Base(1), lambda: Base(1, 2, 3), lambda: Base(1, c=2), lambda: NoInit(1),
             lambda: NoInit(x=1), lambda: BadInit(), lambda: Base.total(), lambda: Base.scaled(Base(1, 2))):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
args = (7, 8)
print(Base(*args).total(), Base(**{"a": 1, "b": 1}).total())


class Point:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2


p = Point(4)
print(p.double(), Point.double(p))


def new_init(self, x):
    self.x = -x


Point.__init__ = new_init  # the class changes: calls of it are generic from now on
print(Point(4).double(), Point.double(Point(5)))
Point.double = lambda self: "patched"
print(Point(1).double(), Point.double(p))
