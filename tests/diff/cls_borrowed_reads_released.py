# Attribute values read only to be looked at once are borrowed by compiled code (not
# reference counted). Here the code that the last look runs (a property, __getattr__,
# __getitem__, __bool__, __setattr__) releases the object looked at, and then makes many
# objects of the same size that would reuse its memory: the object must stay intact
# until the look is over, as in CPython.


class Item:
    def __init__(self, value):
        self.value = value
        self.weight = value * 10

    @property
    def doubled(self):
        release()
        return self.value * 2

    @doubled.setter
    def doubled(self, amount):
        release()
        self.weight = amount
        print("doubled set on", self.value, self.weight)

    def __getattr__(self, name):
        release()
        return name + ":" + str(self.value)

    def __bool__(self):
        release()
        return self.value > 0

    def __getitem__(self, index):
        release()
        return self.value + index

    def __setitem__(self, index, amount):
        release()
        self.weight = index + amount
        print("setitem on", self.value, self.weight)


class Holder:
    def __init__(self):
        self.item = Item(1)
        self.other = Item(2)
        self.items = [Item(3), Item(4)]
        self.count = 0

    def bump(self):
        self.count += 1


holder = Holder()
spare = []


def release():
    """Drop holder's items (the only references), then reuse their memory."""
    holder.item = None
    holder.other = None
    holder.items = None
    for i in range(50):
        spare.append(Item(-i))
    del spare[:]


def reset():
    holder.item = Item(1)
    holder.other = Item(2)
    holder.items = [Item(3), Item(4)]


def read_property(h):
    return h.item.doubled


def write_property(h):
    h.item.doubled = 7


def read_missing(h):
    return h.item.missing


def truth(h):
    if h.item:
        return "true"
    return "false"


def subscript(h):
    return h.item[5]


def store_subscript(h):
    h.item[2] = 3


def list_element(h):
    return h.items[1].value


def identity(h):
    return h.item is None, h.item is not None


for step in (read_property, write_property, read_missing, truth, subscript, store_subscript, list_element, identity):
    reset()
    print(step.__name__, step(holder))


class Defaults:
    shared = "class value"

    def __init__(self, flag):
        if flag:
            self.shared = "own value"

    def read(self):
        return self.shared


class Lazy:
    def __init__(self):
        self.name = None

    def __getattr__(self, name):
        return [name, len(name)]

    def fill(self):
        self.late = "set"

    def read(self):
        return self.late


print(Defaults(False).read(), Defaults(True).read())
lazy = Lazy()
print([lazy.read() for _ in range(3)])
lazy.fill()
print(lazy.read())


def recurse(h, depth):
    if depth == 0:
        return 0
    h.bump()
    return recurse(h, depth - 1) + h.count


print(recurse(Holder(), 20))
reset()
print(holder.item.nothing_here.upper())
