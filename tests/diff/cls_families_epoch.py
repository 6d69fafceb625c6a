# A class loses its layout's fast paths while code that trusted them is running: one of
# its instances gets a dict in the middle of a method or a loop (of another instance, or
# of self), or a class is patched. Every read and write after must see the right value.


class Cell:
    def __init__(self, value):
        self.value = value
        self.peer = None

    def spoil(self, target):
        target.note = "outside the layout"  # target gets a dict
        return 0

    def expose(self, target):
        return len(vars(target))

    def work(self, other):
        total = self.value
        total += self.spoil(other)  # another instance of the class gets a dict
        total += self.value * 10    # self still has no dict: its slots hold its attributes
        self.value = total
        return total, self.value

    def work_on_self(self):
        before = self.value
        self.spoil(self)            # self gets a dict: its slots are dead from here
        self.value = before + 1
        return self.value, vars(self)["value"], self.note

    def exposes_self(self):
        size = self.expose(self)
        self.value += 100
        return size, self.value, vars(self)["value"]


a, b = Cell(1), Cell(2)
print(a.work(b), a.value, b.value, b.note)
c = Cell(5)
print(c.work_on_self(), c.value)
d = Cell(7)
print(d.exposes_self(), d.value)
fresh = Cell(9)
print(fresh.work(Cell(0)), fresh.value)


class Walker:
    def __init__(self, n):
        self.n = n
        self.seen = 0


def walk(items):
    total = 0
    for i, w in enumerate(items):
        first = items[0]
        if i == 2:
            first.extra = i  # items[0] gets a dict while `first` and `w` are in registers
        total += w.n + first.n
        w.seen += 1
    return total, [w.seen for w in items], items[0].extra


print(walk([Walker(k) for k in range(5)]))


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size


class Square(Shape):
    pass


def areas(shapes):
    out = []
    for i, s in enumerate(shapes):
        if i == 1:
            Square.area = lambda self: -self.size  # patched in the middle of the loop
        out.append(s.area())
    return out


print(areas([Square(2), Square(3), Shape(4), Square(5)]))
print(Square(6).area(), Shape(6).area())
