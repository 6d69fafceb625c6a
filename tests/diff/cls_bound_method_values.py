# Bound methods as values: equality, hashing, repr and their attributes.


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self):
        self.n += 1
        return self.n

    @classmethod
    def make(cls):
        return cls(0)


class Loud(Counter):
    def __repr__(self):
        return "Loud(" + str(self.n) + ")"


a = Counter(1)
b = Counter(1)
print(a.bump == a.bump, a.bump != a.bump, a.bump == b.bump, a.bump is a.bump)
print(hash(a.bump) == hash(a.bump))
print(a.bump == Counter.bump, a.bump.__func__ is Counter.bump, a.bump.__self__ is a)
print(a.bump.__name__, Counter.make.__name__)

handlers = {a.bump: "a", b.bump: "b"}
print(handlers[a.bump], handlers[b.bump], len(handlers))
print(len({a.bump, a.bump, b.bump}))
print(a.bump in [b.bump, a.bump], a.bump in [b.bump])

loud = Loud(5)
print(repr(loud.bump))
print(repr(a.bump).startswith("<bound method Counter.bump of <__main__.Counter object at 0x"))
print(repr(Counter.make))
print(Counter.make == Counter.make, Loud.make == Counter.make)
print(str(loud.bump))

f = loud.bump
print(f(), f(), loud.n)
print(type(f).__name__)
print(f.nope)
