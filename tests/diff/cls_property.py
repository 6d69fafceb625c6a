"""@property getter/setter/deleter, validation in setters, read-only and computed properties."""
class Temperature:
    def __init__(self, celsius):
        self._c = 0.0
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError caught")
print(isinstance(Temperature.celsius, property))

class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.reads = 0

    @property
    def area(self):
        self.reads += 1
        return self.w * self.h

    def _get_side(self):
        return self.w

    def _set_side(self, v):
        self.w = v
        self.h = v

    side = property(_get_side, _set_side)

r = Rect(3, 4)
print(r.area, r.area, r.reads)
r.side = 5
print(r.w, r.h, r.area, r.side, r.reads)

class Square(Rect):
    @property
    def area(self):
        return "sq:" + str(self.w * self.h)

print(Square(2, 2).area)
