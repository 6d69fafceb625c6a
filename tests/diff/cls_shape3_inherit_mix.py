# Shaped classes with non-shaped subclasses (decorated, inside an if, dataclass, mixed with a
# builtin exception, several bases), diamonds of shaped classes, and subclasses that rebind
# an instance attribute's name to a property, a function or a constant.
from dataclasses import dataclass


def deco(c):
    return c


def get_w(self):
    return 99


def set_w(self, value):
    self.stash = value


def v_method(self):
    return "method-v"


class X:
    def __init__(self):
        self.a = "xa"
        self.b = "xb"

    def xa(self):
        return self.a


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def fetch(self):
        return self.v

    def total(self):
        return self.v + self.w


@deco
class Decor(Base):
    def total(self):
        return 1000 + Base.total(self)


if len("x") == 1:
    class InIf(X, Base):
        def __init__(self, v):
            Base.__init__(self, v)
            X.__init__(self)
            self.extra = "e"

        def total(self):
            return -self.v


@dataclass
class DC(Base):
    z: int = 7
    v: str = "dc"

    def total(self):
        return self.z


class WithProp(Base):
    w = property(get_w, set_w)


class WithMeth(Base):
    v = v_method
    w = 5


class L(Base):
    pass


class R(Base):
    def total(self):
        return "R" + str(Base.total(self))


class Diamond(L, R):
    def fetch(self):
        return "D" + str(self.v)


class Multi(X, Diamond):
    def __init__(self, v):
        X.__init__(self)
        Diamond.__init__(self, v)


class Err(X, Base, LookupError):
    def __init__(self, v):
        Base.__init__(self, v)
        X.__init__(self)

def reader(o):
    return (o.v, o.w if hasattr(o, "w") else "-", o.fetch(), Base.fetch(o))


objs = [Base(1), Decor(2), InIf(3), DC(), DC(4), WithProp(5), WithMeth(6), L(7), R(8), Diamond(9), Multi(10), Err(11)]
for o in objs:
    t = Base.total(o) if not isinstance(o, DC) else "-"
    print(type(o).__name__, t, o.total(), reader(o), isinstance(o, X), isinstance(o, (L, R)))
print(objs[5].stash, objs[6].v, WithMeth.v(objs[6]), WithMeth.w, objs[2].xa(), X.xa(objs[10]))
del objs[6].v
print(objs[6].v(), reader(objs[6])[0](), objs[4], objs[3] == DC(), objs[11].args)
print(Diamond.__mro__[1].__name__, Multi.__mro__[2].__name__, issubclass(Multi, R), issubclass(DC, Base))
try:
    raise Err(12)
except LookupError as e:
    print(reader(e), e.xa(), Base.total(e))
print(Decor(1).total(), WithProp(2).total(), Base.total(WithMeth(3)))
