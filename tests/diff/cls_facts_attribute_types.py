# Attributes holding ints almost everywhere but a float, str, None, bool or big int on rare
# paths: setattr with a constant name, a property setter, class attributes seen after `del`,
# __getattr__, scalar slots deleted, attributes outside the layout (one shadows a method).


class Cell:
    size = 10

    def __init__(self, v):
        self.v = v
        self.size = 1

    def bump(self, k):
        if k == 7:
            self.v = self.v + 0.5
        elif k == 8:
            setattr(self, "v", "eight")
        elif k == 9:
            self.v = 2 ** 100
        else:
            self.v = self.v + k
        return self.v

    def kind(self):
        return "cell"

    def describe(self):
        return self.kind() + "/" + str(self.v)


def shadow():
    return "shadow"


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, value):
        self._c = value * 1.5 if value > 100 else value


class Lazy:
    def __init__(self):
        self.known = 1

    def __getattr__(self, name):
        return name + "?"


def deep(cell, n):
    if n == 0:
        cell.v = None
        return cell
    return deep(cell, n - 1)


cells = [Cell(i) for i in range(6)]
for i, cell in enumerate(cells):
    cell.bump(i + 5)
print([c.v for c in cells])
print(cells[0].v + 1, cells[3].v, cells[4].v + 1)
print(sum(c.size for c in cells))
del cells[1].size
print(cells[1].size, cells[0].size, cells[1].size + cells[0].size)
cells[2].size = True
print(cells[2].size + 1, cells[2].size is True)
deep(cells[5], 3)
print(cells[5].v is None, cells[5].v)
cells[5].v = 3
print(cells[5].v * 2)

t = Temp()
t.c = 5
print(t.c + 1, t._c)
t.c = 200
print(t.c, t._c + 1)

lz = Lazy()
print(lz.known + 1, lz.missing, getattr(lz, "other"))
lz.known = "str now"
print(lz.known + "!")

extra = Cell(0)
extra.tag = 1
extra.tag = extra.tag + 0.25
print(extra.tag, hasattr(extra, "tag"), hasattr(Cell(0), "tag"))
print(getattr(extra, "nope", 2.5) + 1, getattr(extra, "v", "dflt"))
setattr(extra, "size", "big")
print(extra.size + "!", Cell.size + 1)
big = Cell(2 ** 62)
big.bump(2 ** 62)
print(big.v, big.v // 3)
neg = Cell(-1)
neg.bump(9)
print(neg.v - 2 ** 100, neg.v > 0)
print(Cell(3).bump(7) * 2, Cell(3).bump(1) * 2)
odd = Cell(1)
print(odd.kind(), odd.describe())
odd.kind = shadow
print(odd.kind(), odd.describe(), Cell(2).describe())
flags = [Cell(1.5), Cell(2.5)]
for f in flags:
    f.size = f.v > 2
del flags[0].size
del flags[1].v
print(flags[0].size, flags[1].size, getattr(flags[1], "v", "gone"))
flags[1].v = False
print(flags[1].bump(1), flags[0].bump(0.25))
