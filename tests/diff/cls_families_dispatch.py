# Method calls and attributes of instances of several families at one site: the
# subclasses that override a method, the same attribute name at different offsets, a
# mixin's attributes, classes whose layouts the compiler does not know.
from dataclasses import dataclass


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def area(self):
        raise NotImplementedError("area of " + self.name)

    def report(self):
        self.hits += 1
        return self.name + ": " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    def area(self):
        return self.side * self.side


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Cube(Square):
    def area(self):
        return 6 * Square.area(self)


class Node:
    """Has `name` too, at another offset."""

    def __init__(self, value, name):
        self.value = value
        self.next = None
        self.name = name

    def area(self):
        return 0


class Tagged:
    def tag(self):
        return "<" + self.label + ">"


class Label(Node, Tagged):
    def __init__(self, value):
        Node.__init__(self, value, "label")
        self.label = "L" + str(value)


@dataclass
class Plain:
    name: str
    hits: int = 0

    def area(self):
        return -1


shapes = [Square(3), Rect(2, 5), Cube(2), Node(1, "node"), Label(7), Plain("plain")]
for s in shapes:
    print(s.name, s.area())
for s in shapes[:3]:
    print(s.report(), s.hits)
for s in shapes:
    s.name = s.name.upper()
print([s.name for s in shapes])
print(Label(8).tag(), shapes[4].value, shapes[4].label)

head = None
for i in range(5):
    n = Node(i, "n" + str(i))
    n.next = head
    head = n
total = 0
while head is not None:
    total += head.value
    head = head.next
print("total", total)

for s in [Shape("abstract"), 42]:
    try:
        print(s.report())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    except AttributeError as e:
        print("AttributeError:", e)

print(Square(4).report())
Square.area = lambda self: "replaced"
print(Square(4).report(), Cube(1).report())
Shape("x").area()
