# Attribute fields of str.format ("{0.x}", "{p.items[1]}"): read from any value, as an
# attribute read is; an attribute the value lacks is CPython's AttributeError.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a", "b"]

    def label(self):
        return "P"


p = Point(3, 4.5)
print("{0.x},{0.y} {0.tags[1]} {p.x}".format(p, p=p))
print("{0.real} {0.imag} {1.real} {2.denominator}".format(7, 2.5, True))
print("{0.__class__.__name__} {1.__name__}".format(p, Point))
print("[{0.x:>5}] [{0.y:08.3f}]".format(p))
p.extra = "outside"
print("{0.extra}".format(p))
for fmt in ("{0.nope}", "{0.x.nope}"):
    try:
        print(fmt.format(p))
    except AttributeError as e:
        print("AttributeError:", e)
print("{0.label.__name__}".format(p))
