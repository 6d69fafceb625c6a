# A program that looks frozen (class names only called, read through, compared, in isinstance)
# but whose class objects reach other code, which calls or changes them: C.__mro__, C.__bases__,
# getattr(x, "__class__"), a user __eq__ and __contains__, a def named isinstance.


class Base:
    def __init__(self, v):
        self.v = v

    def show(self):
        return "Base(" + str(self.v) + ")"

    def twice(self):
        return self.v + self.v


class Child(Base):
    def show(self):
        return "Child" + Base.show(self)


class Sneaky:
    def __eq__(self, other):
        other.seen_eq = getattr(other, "seen_eq", 0) + 1
        self.made = other("eq")
        return False

    def __contains__(self, item):
        item.seen_in = True
        return True


def isinstance(obj, cls):
    cls.checked = "yes"
    return type(obj) == cls


b, c = Base(1), Child(2)
print(b.show(), c.show(), b.twice())
made = Base.__mro__[0]("mro")
again = getattr(c, "__class__")(2.5)
print(made.twice(), again.twice(), again.show(), b.twice())
Base.__mro__[0].tag = "mro"
print(b.tag, c.tag, Child(4).tag, c.show())
for k in Child.__bases__:
    k.level = "bases"
print(b.level, Child(5).level)
klass = getattr(c, "__class__")
klass.extra = 7
print(c.extra, Child(6).extra, hasattr(b, "extra"), klass.__name__)
s = Sneaky()
print(s == Base, Child == s, type(b) == s, b.__class__ == s)
print(Base.seen_eq, Child.seen_eq, s.made.twice())
print(type(c) in s, Child.seen_in, c.seen_in)
print(isinstance(b, Base), isinstance(c, Base), Base.checked, Child(8).checked)
print(Base(9).show(), Child(10).show(), Base.show(made), Base.twice(again))
