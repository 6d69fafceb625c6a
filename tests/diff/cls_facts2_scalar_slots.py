# Slots that hold bools, floats or None almost always, and on one path a list, a str or an
# instance: stored by another class's method through a parameter, setattr with a constant
# or computed name, a loop over mixed objects, `del` (class defaults read back), subclasses.


class Flag:
    on = False
    level = 0.0

    def __init__(self, on):
        self.on = on
        self.level = 1.5
        self.note = None
        self.dim = 0.25

    def toggle(self):
        self.on = not self.on
        return self.on

    def raise_level(self, d):
        self.level = self.level + d
        return self.level


class Loud(Flag):
    on = "loud"


class Poker:
    def poke(self, target, value):
        target.on = value
        target.note = self

    def __repr__(self):
        return "Poker"


def status(f):
    if f.on:
        return "on", f.level * 2
    return "off", f.level * 2


a = Flag(True)
b = Flag(False)
print(status(a), status(b), a.toggle(), b.toggle(), a.raise_level(0.25))
Poker().poke(a, [1, 2])
print(status(a), a.on, a.note)
a.on = False
print(status(a), a.toggle())
setattr(b, "level", "lvl")
print(status(b))
b.level = 2.0
print(status(b), b.raise_level(1))
for o in [a, b, Flag(True)]:
    o.note = o.on
    o.on = None
print([status(o) for o in [a, b]], a.note, b.note)
del a.on
print(status(a), a.on, hasattr(a, "on"))
del b.level
print(status(b), b.level, b.raise_level(0.5))
c = Loud(True)
print(status(c), c.toggle())
del c.on
print(status(c), c.on, c.toggle(), c.on)
d = Flag(0.0)
print(status(d), d.toggle())
name = "le" + "vel"
setattr(d, name, [3])
print(status(d))
d.level = 0.75
print(status(d), d.raise_level(0.25))
e = Flag(True)
Poker().poke(e, Flag(False))
print(status(e), status(e.on), e.on.toggle())
e.on = True
print(status(e), e.toggle(), e.note)
notes = []
for f in [a, b, c, d, e]:
    notes.append(f.note)
    f.note = 1.5
print(notes, [f.note * 2 for f in [a, b, c, d, e]])
g = Flag(True)
del g.note
try:
    print(g.note)
except AttributeError as err:
    print("AttributeError", err)
g.note = "back"
print(g.note + "!", status(g))
setattr(g, "di" + "m", [g.dim])
g.dim = 0.125
print(g.dim * 2, status(g))
