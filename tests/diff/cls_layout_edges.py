"""Instances whose attributes live in fixed slots, and everything that moves them out:
vars(), __dict__, attributes set from outside, deletion, class attributes behind unset
slots, classes changed after their sites ran, and sites that meet many classes."""


class Point:
    scale = 10

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

    def scaled(self):
        return self.x * self.scale


p = Point(3, 4)
print(p.norm(), p.scaled(), vars(p))
p.z = 5                     # outside the layout: the instance now keeps a dict
print(p.z, p.x, p.norm(), sorted(vars(p)))
p.x = 6
print(p.norm(), vars(p))
q = Point(1, 2)
q.__dict__["y"] = 20        # the dict is the instance's own: a write shows
print(q.y, q.norm())
del q.x
try:
    q.norm()
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    label = "class default"

    def __init__(self, early):
        if early:
            self.label = "own"

    def show(self):
        return self.label


print(Lazy(True).show(), Lazy(False).show())
late = Lazy(False)
late.label = "set later"
print(late.show())
del late.label
print(late.show())


class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n


c = Counter()
for _ in range(3):
    c.step()
print(c.n)


def double_step(self):
    self.n += 2
    return self.n


Counter.step = double_step  # a class changed after its sites ran
print(c.step(), Counter().step())
c.step = lambda: "own attribute"
print(c.step(), c.n)


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class A(Base):
    pass


class B(Base):
    def get(self):
        return -self.v


class C(Base):
    def __init__(self, v):
        super().__init__(v)
        self.extra = v * 100


class D(C):
    def get(self):
        return self.extra + self.v


class E(Base):
    __slots__ = ("w",)


objects = [Base(1), A(2), B(3), C(4), D(5), E(6), A(7), D(8)]
for _ in range(2):
    print([o.get() for o in objects], sum(o.v for o in objects))


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("setting", value)
        self._c = value


t = Temperature(21)
t.celsius = 30
print(t.celsius, vars(t))
