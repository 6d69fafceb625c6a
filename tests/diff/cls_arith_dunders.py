"""Arithmetic dunders: __add__/__radd__/__mul__/__rmul__/__sub__/__neg__/__abs__, NotImplemented, += via __add__."""
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, int):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return self.x * self.x + self.y * self.y


a, b = Vec(1, 2), Vec(3, -4)
print(a + b, a - b, a * 3, 3 * a, a * b)
print(-a, abs(b), a + 10)
print(5 + a)
print(sum([a, b, Vec(0, 1)]))
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
c = a
c += b
print(c, a, c is a)

