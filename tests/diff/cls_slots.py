"""__slots__: declared attributes work, undeclared ones raise AttributeError, slot inheritance."""
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.norm2())
p.x = 10
print(p.x, p.norm2())
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(Point.__slots__)

class Bare:
    __slots__ = ("x", "y")


q = Bare()
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError:", e)
q.x = 1
print(q.x, hasattr(q, "y"))
del p.y
print(hasattr(p, "y"))
p.y = 7
print(p.y)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


r = Point3(1, 2, 3)
print(r.x, r.y, r.z, r.norm2())
try:
    r.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


l = Loose(1, 1)
l.extra = "ok"
print(l.extra, hasattr(l, "__dict__"))
