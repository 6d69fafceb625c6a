"""del C.attr deletes the class's own attribute: instances and subclasses no longer find
it (or find a base's), methods can be deleted, a subclass cannot delete what only its base
has, and what type objects answer themselves (__name__ ...) cannot be deleted."""
from enum import Enum


class Base:
    kind = "base"
    size = 1

    def greet(self):
        return "hello from Base"


class Shape(Base):
    kind = "shape"
    sides = 0

    def __init__(self, sides):
        self.sides = sides

    def greet(self):
        return "hello from Shape"

    def area(self):
        return 0


s = Shape(3)
print(s.kind, Shape.kind, s.greet(), Shape.sides, s.sides)
del Shape.kind  # Base's shows through
print(s.kind, Shape.kind, "kind" in vars(Shape))
del Shape.greet  # so does its method
print(s.greet(), Shape.greet(s))
del Shape.sides  # the instance's own attribute is untouched
print(s.sides, hasattr(Shape, "sides"))
del Shape.area
print(hasattr(s, "area"), hasattr(Shape, "area"))
try:
    s.area()
except AttributeError as e:
    print("AttributeError:", e)
for name in ("size", "kind", "missing"):
    try:
        delattr(Shape, name)  # only Base has them
    except AttributeError as e:
        print("AttributeError:", e)
Shape.kind = "again"  # stored again after the delete
print(s.kind, Base.kind)
del Base.size
print(hasattr(s, "size"), hasattr(Base(), "size"))
for name in ("__name__", "__qualname__", "__bases__", "__module__", "__doc__", "__mro__", "__dict__", "__class__"):
    try:
        delattr(Base, name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(Base.__name__, Base.kind)


class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self.count


c = Counter()
print(c.bump(), c.bump(), Counter.count)
del c.count
del Counter.count
try:
    c.bump()
except AttributeError as e:
    print("AttributeError:", e)


class Color(Enum):
    RED = 1

    def describe(self):
        return self.name


print(Color.RED.describe())
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
del Color.describe
print(hasattr(Color.RED, "describe"), list(Color))
try:
    del s.__class__
except TypeError as e:
    print("TypeError:", e)
del Base.greet
Base.greet
