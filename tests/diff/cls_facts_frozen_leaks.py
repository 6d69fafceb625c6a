# A program whose class names are only called, read through and used in isinstance, but
# whose class objects still leak: as a classmethod's cls, as a method's implicit __class__
# and through type(x).__mro__; the leaked classes make instances and get new attributes.


class Point:
    dims = 2
    made = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    @classmethod
    def origin(cls, z):
        cls.made = cls.made + 1
        return cls(z, z)

    def rebuilt(self, x, y):
        cls = __class__
        return cls(x, y)


class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    def norm1(self):
        return Point.norm1(self) + abs(self.z)


def describe(p):
    if isinstance(p, Point3):
        return "3d:" + str(p.norm1())
    if isinstance(p, Point):
        return "2d:" + str(p.norm1())
    return "other"


pts = [Point(1, 2), Point3(1, 2, 3), Point(-4, 5).scaled(2)]
for p in pts:
    print(describe(p), p.dims, type(p).__name__, type(p) is Point)
print(describe(None), describe(3), Point.dims + Point3.dims)
print(isinstance(pts[1], Point), type(pts[1]) is Point3, pts[0].__class__.__name__)

o = Point.origin(0.25)
print(o.x * 4, Point.made, describe(o))
base = type(pts[1]).__mro__[1]
print(base.__name__, base.dims + 1)
made = base(0.5, "y")
print(made.x * 2, made.y + "!", isinstance(made, Point3))
again = pts[0].rebuilt(1.5, 2.5)
print(again.norm1(), describe(again))
