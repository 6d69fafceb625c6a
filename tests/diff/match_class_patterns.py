"""match: class patterns with dataclasses, __match_args__, keyword patterns, builtins, nesting."""
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: int

class Rect:
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        self.w = w
        self.h = h

def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return "origin circle r=%d" % r
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return "big circle at x=%d" % cx
        case Circle(c, r):
            return "circle at %r" % (c,)
        case Rect(w, h) if w == h:
            return "square %d" % (w * h)
        case Rect(w, h=1):
            return "strip %d" % w
        case Rect(w, h):
            return "rect %d" % (w * h)
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on axis"
        case Point(x, y) as p:
            return "point %r sum=%d" % (p, x + y)
        case int(n) | float(n):
            return "number %r" % n
        case str(s):
            return "string %r" % s
        case [Point() as a, Point() as b]:
            return "two points %r %r" % (a.x, b.y)
        case object():
            return "some object " + type(shape).__name__

shapes = [Circle(Point(0, 0), 3), Circle(Point(5, 5), 20), Circle(Point(1, 2), 1),
          Rect(3, 3), Rect(7, 1), Rect(2, 5), Point(0, 0), Point(0, 4), Point(3, 0),
          Point(2, 3), 7, 2.5, "hi", [Point(1, 2), Point(3, 4)], None, True]
for s in shapes:
    print(area(s))
print(Point.__match_args__, Circle.__match_args__)

class NoArgs:
    def __init__(self):
        self.v = 1

match NoArgs():
    case NoArgs(v=1):
        print("keyword on plain class")
try:
    match NoArgs():
        case NoArgs(1):
            print("unexpected")
except TypeError as e:
    print("TypeError:", e)
match Point(1, 2):
    case Rect():
        print("wrong")
    case Point(1, y=y2):
        print("mixed positional/keyword", y2)
