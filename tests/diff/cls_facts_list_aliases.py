# Lists of instances and numbers aliased through parameters, returns, attributes, globals,
# tuples, dicts, closures and default arguments; a rare path stores a value of another type
# into the alias, and the original name must see it.


class Item:
    def __init__(self, weight):
        self.weight = weight


class Bag:
    def __init__(self, items):
        self.items = items

    def heaviest(self):
        best = None
        for it in self.items:
            if best is None or it.weight > best.weight:
                best = it
        return best


def fill(target, n):
    for i in range(n):
        target.append(Item(i))
    return target


def sneak(alias, value):
    alias.append(value)


def total(values):
    t = 0
    for v in values:
        t = t + v
    return t


nums = [1, 2, 3]
same = nums
print(total(same), total(nums))
holder = {"k": nums}
holder["k"].append(0.5)
print(total(nums), nums)
pair = (nums, 1)
pair[0].extend([10 ** 20])
print(total(nums))

items = fill([], 3)
bag = Bag(items)
print(bag.heaviest().weight)
other = Bag(bag.items)
sneak(other.items, Item(2.75))
print(bag.heaviest().weight, [it.weight for it in items])
other.items[0] = Item("heavy")
print(type(bag.items[0].weight).__name__, bag.items[0].weight)

grid = [[0] * 2] * 2
grid[0][1] = 1.5
print(grid, total(grid[1]))

acc = []


def collect(x, into=acc):
    into.append(x)
    return into


collect(1)
collect(2)
collect("three")
print(acc, len(acc))


def make_pusher(target):
    def push(v):
        target.append(v)
    return push


ints = [4, 5]
pusher = make_pusher(ints)
pusher(6)
pusher(None)
print(ints, ints[-1] is None)

copies = ints[:]
copies[0] = 4.25
rep = [7] * 3
rep += [8.5]
rep[1:2] = [True, "s"]
print(copies, ints, rep)
keyed = sorted([Item(3), Item(1.5), Item(2)], key=lambda it: it.weight)
print([it.weight for it in keyed])
swapped = ints
swapped.insert(0, "front")
print(ints[0], swapped[0])


def drain(it):
    out = 0
    for v in it:
        out = out + v
    return out


stream = [1, 2, 3]
it = iter(stream)
first = next(it)
stream.append(0.5)
print(first, drain(it))
box = Bag([])
setattr(box, "items", stream)
box.items.append(2 ** 70)
print(total(stream) - 2 ** 70)
