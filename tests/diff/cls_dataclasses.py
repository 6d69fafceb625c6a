"""dataclasses: defaults, field(default_factory=list), generated __repr__/__eq__, order=True, frozen=True."""
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = 1

    def total(self):
        return self.price * self.qty

a = Item("apple", 0.5, qty=4)
b = Item("pear")
print(a)
print(b, repr(b))
print(a.total(), b.total())
a.tags.append("fruit")
print(a.tags, b.tags, a.tags is b.tags)
print(Item("x", 1.0) == Item("x", 1.0), Item("x") == Item("y"), Item("x") != Item("x", 2.0))
print(Item("x") == ("x", 0.0, [], 1))
b.qty = 9
print(b)
print([Item("a"), Item("b", 2)])

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2), Version(2)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 2) < Version(1, 10), Version(3) >= Version(2, 99), Version(1) <= Version(1, 0, 0))

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return Point(self.x + dx, self.y)

p = Point(1, 2)
print(p, p.moved(5), p)
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__)
try:
    del p.y
except Exception as e:
    print(type(e).__name__)
print(hash(Point(1, 2)) == hash(Point(1, 2)))
d = {Point(0, 0): "origin", Point(1, 0): "east"}
print(d[Point(1)], len({Point(1, 2), Point(1, 2), Point(2, 1)}))

@dataclass
class Base:
    a: int
    b: int = 2

@dataclass
class Child(Base):
    c: int = 3

print(Child(1), Child(1, 5, 6), Child(a=0, c=9))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
