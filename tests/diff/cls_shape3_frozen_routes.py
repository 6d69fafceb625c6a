# Classes changed through aliases the shape analysis must see (a list, a dict key, a default,
# a lambda, a tuple variable, type(x)(...), x.__class__(...), a class pattern, super() chains,
# a replaced __init__); ends with an uncaught AttributeError after del through the list.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name + ":" + str(self.sides)


class Square(Shape):
    sides = 4

    def __init__(self, name, size):
        super().__init__(name)
        self.size = size

    def area(self):
        return self.size * self.size


class Cube(Square):
    def __init__(self, name, size):
        super().__init__(name + "3d", size)
        self.depth = size

    def area(self):
        return Square.area(self) * 6


class Tri(Shape):
    sides = 3


registry = [Shape, Square]
by_class = {Tri: "tri"}
pair = (Square, Tri)
maker = lambda: Cube


def stamp(x, cls=Shape):
    cls.stamped = x
    return cls


def new_init(self, name, size=1):
    self.name = name.upper()
    self.size = size + 100


s, q, c, t = Shape("s"), Square("q", 2), Cube("c", 3), Tri("t")
print(s.describe(), q.describe(), q.area(), c.describe(), c.area(), t.describe())
registry[1].sides = 40
print(q.describe(), c.describe(), Square("q2", 1).describe(), Cube.area(c))
for k in by_class:
    k.sides = 30
print(t.describe(), Tri("t2").describe(), by_class[Tri], isinstance(t, pair), isinstance(s, pair))
stamp(1)
stamp(2, maker())
print(s.stamped, c.stamped, q.stamped, Cube("cc", 1).stamped)
maker().area = lambda self: -1
print(c.area(), Cube("x", 2).area(), q.area())
again = type(q)("copy", 5)
other = c.__class__("other", 1)
print(again.describe(), again.area(), other.describe(), other.area(), type(t).__name__)
for obj in (s, q, c, t):
    match obj:
        case Cube(size=n):
            print("cube", n)
        case Square(name=nm) as sq:
            sq.size = 9
            print("square", nm, sq.area())
        case Shape(sides=3):
            print("three", obj.name)
        case _:
            print("shape", obj.describe())
Square.__init__ = new_init
print(Square("sq").describe(), Square("sq", 2).area(), Cube("cb", 1).describe(), Cube("cb", 1).area())
del Square.__init__
try:
    Square("a", 2)
except TypeError as e:
    print("TE", e)
print(Square("plain").describe(), c.describe(), Cube.area(c))
del registry[0].sides
print(Tri("t3").describe(), getattr(s, "sides", "none"))
print(Shape("gone").describe())
