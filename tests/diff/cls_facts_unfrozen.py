# Classes patched at run time (C.method = ..., setattr(C, ...), class attributes rebound
# through the class, vars(obj), obj.__dict__): the program is not frozen, and reads
# through instances and through the class objects must see the new values.


class Shape:
    sides = 0
    unit = "cm"

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size

    def describe(self):
        return Shape.unit + str(self.sides)


class Tri(Shape):
    sides = 3

    def area(self):
        return self.size * self.size / 2


def half_area(self):
    return "half:" + str(self.size / 2)


def grow(shape):
    shape.size = shape.size * 10
    return shape


s = Shape(2)
t = Tri(3)
print(s.area(), t.area(), s.describe(), t.describe())
print(Shape.sides + 1, Tri.sides + 1, Shape.unit + "!")
Shape.area = half_area
print(s.area(), t.area())
setattr(Tri, "area", lambda self: self.size + 0.5)
print(s.area(), t.area())
Shape.sides = 4.5
print(s.sides, t.sides, Shape.sides * 2, Tri.sides * 2)
setattr(Shape, "unit", 25)
print(Shape.unit + 1, s.unit + 1)
Shape.unit = "in"
vars(s)["size"] = "vars"
print(s.size, s.describe())
t.__dict__["size"] = 1.25
print(t.size * 2, grow(t).size, t.area())
s.__dict__["extra"] = None
print(s.extra is None, sorted(vars(s)))
print(Shape.__name__, Tri.__name__, t.__class__.__name__)
Shape.unit = "mm"
print(s.describe(), t.describe())
print(type(t).sides * 2, isinstance(t, Shape), isinstance(s, Tri))

name = Shape.__name__
print(name, len(Tri.__mro__))
