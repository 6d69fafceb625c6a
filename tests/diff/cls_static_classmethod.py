"""@staticmethod and @classmethod: alternate constructors, cls in subclasses, class-level state."""
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def show(self):
        return "%04d/%02d/%02d" % (self.y, self.m, self.d)

class EuroDate(Date):
    created = 0

    def show(self):
        return "%02d.%02d.%04d" % (self.d, self.m, self.y)

d1 = Date.from_string("2024-02-29")
d2 = EuroDate.from_string("1999-12-31")
print(d1.show(), d2.show())
print(type(d1).__name__, type(d2).__name__)
print(Date.kind(), EuroDate.kind(), d2.kind())
print(Date.is_leap(2000), Date.is_leap(1900), d1.is_leap(2024), EuroDate.is_leap(2023))
print(Date.created, EuroDate.created)
Date(1, 1, 1)
print(Date.created, EuroDate.created)

class Registry:
    items = None

    @classmethod
    def register(cls, x):
        if cls.items is None:
            cls.items = []
        cls.items.append(x)
        return len(cls.items)

class SubRegistry(Registry):
    pass

print(Registry.register("a"), Registry.register("b"))
print(SubRegistry.register("c"))
print(Registry.items, SubRegistry.items, SubRegistry.items is Registry.items)

class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

    @classmethod
    def clamp_all(cls, xs):
        return [cls.clamp(x, 0, 10) for x in xs]

print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-3, 0, 10))
print(MathUtil.clamp_all([-5, 3, 12, 10]))
