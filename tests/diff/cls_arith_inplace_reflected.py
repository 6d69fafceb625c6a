"""In-place __iadd__ vs __add__, NotImplemented from __add__ falling back to the reflected __radd__."""
class Acc:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        self.n += other
        return self

    def __add__(self, other):
        return Acc(self.n + other)

    def __repr__(self):
        return "Acc(" + str(self.n) + ")"

x = Acc(1)
y = x
x += 5
print(x, y, x is y)
z = x + 1
print(z, x, z is x)

class Left:
    def __add__(self, other):
        return NotImplemented

class Right:
    def __radd__(self, other):
        return "Right.__radd__ with " + type(other).__name__

print(Left() + Right())
print(1 + Right(), [1] + Right())

class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("Num.__add__", type(other).__name__)
        if isinstance(other, Num):
            return Num(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        print("Num.__radd__", type(other).__name__)
        return Num(other + self.v)

    def __sub__(self, other):
        return Num(self.v - (other.v if isinstance(other, Num) else other))

class SubNum(Num):
    def __radd__(self, other):
        print("SubNum.__radd__")
        return SubNum(other.v * 100 + self.v)

print((Num(1) + Num(2)).v)
print((3 + Num(4)).v)
print((Num(1) + SubNum(2)).v)
n = Num(10)
n += Num(5)
print(n.v)
n -= 3
print(n.v)
try:
    n * 2
except TypeError as e:
    print("TypeError:", e)
try:
    n += "s"
except TypeError as e:
    print("TypeError:", e)
