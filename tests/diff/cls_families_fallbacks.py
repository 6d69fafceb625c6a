# Attribute sites of classes whose layouts the compiler knows (families), and every way
# an instance or a class can leave what the compiler assumed.


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def grow(self):
        self.extra = self.x * 10  # not assigned in __init__: still a slot of the layout
        return self.extra

    def describe(self):
        return self.kind + " " + str(self.x) + "," + str(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    def norm1(self):
        return Point.norm1(self) + abs(self.z)


p = Point(3, -4)
print(p.norm1(), p.describe())
print(p.grow(), p.extra)
p.label = "outside the layout"  # the instance gets a dict: its slots move there
print(p.norm1(), p.label, p.describe(), p.grow())
p.x = 100
print(p.norm1(), vars(p)["x"])

q = Point3(1, 2, -3)
print(q.norm1(), q.describe())
print(vars(q))
print(q.norm1())


# A method called with a self of another class: no slot is trusted.
class Other:
    def __init__(self):
        self.y = "y of Other"
        self.x = -7


print(Point.norm1(Other()))
print(Point.describe(Other()) if hasattr(Other, "kind") else "Other has no kind")
try:
    Point.describe(Other())
except AttributeError as e:
    print("AttributeError:", e)


# A class attribute as the default of an attribute the methods assign.
class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self.count

    def reset(self):
        del self.count


c = Counter()
print(c.count, c.bump(), c.bump(), Counter.count)
c.reset()
print(c.count, c.bump())
c.reset()
try:
    c.reset()
except AttributeError as e:
    print("AttributeError:", e)


# Classes changed at run time: a property put over an attribute, a method replaced.
class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def twice(self):
        return self.get() * 2


b = Box(5)
print(b.get(), b.twice())
Box.get = lambda self: -1
print(b.get(), b.twice())
Box.v = property(lambda self: "from the property")
print(b.v, Box(9).v, b.twice())


# __getattr__ answers for a slot never bound.
class Lazy:
    def __init__(self, ready):
        if ready:
            self.value = 1

    def __getattr__(self, name):
        return "computed " + name

    def show(self):
        return self.value


print(Lazy(True).show(), Lazy(False).show())


# A subclass that makes a base's attribute a property.
class Base:
    def __init__(self):
        self.size = 1

    def get_size(self):
        return self.size


class Fixed(Base):
    @property
    def size(self):
        return 42

    @size.setter
    def size(self, value):
        print("setter got", value)


print(Base().get_size(), Fixed().get_size())
