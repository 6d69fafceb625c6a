"""Rich comparisons (__eq__, __lt__, ...), reflected comparisons and functools.total_ordering."""
from functools import total_ordering

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)

a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a == c, a != c, a == b, a < b, a <= c, b < a)
print(b > a, b >= a)
print(a == "1.2", a != "1.2")
print(sorted([Version("2.0"), b, a, Version("0.9.9")]))
print(max([a, b, Version("1.9")]), min([a, b]))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

m1, m2, m3 = Money(150), Money(99), Money(150)
print(m1 > m2, m1 >= m3, m1 <= m2, m2 <= m1, m1 == m3, m1 != m2)
print(sorted([m1, m2, Money(5)], reverse=True))

class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Loud.__lt__", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("Loud.__gt__", self.v, other.v)
        return self.v > other.v

print(Loud(1) < Loud(2))
print(Loud(1) > Loud(2))

class Plain:
    pass

p = Plain()
print(p == p, p == Plain(), p != Plain())
print(Loud(3) < Loud(1) < Loud(5))
