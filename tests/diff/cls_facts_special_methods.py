# Special methods the runtime calls with values of unexpected types: a list or a plain
# instance as the other operand of ==, +, [], in and (); __eq__/__ne__ returning non-bools;
# __iter__/__next__, __len__, __bool__, __hash__, __repr__, __lt__ on mixed values.


class Tally:
    def __init__(self):
        self.values = [1, 2]
        self.hits = 0

    def __eq__(self, other):
        self.hits = self.hits + 1
        if isinstance(other, list):
            other.append(0.5)
        else:
            getattr(other, "values").append(0.75)
        return len(self.values) == 2

    def __add__(self, other):
        other.append("added")
        return self.hits + 1

    def __getitem__(self, key):
        key.append(None)
        return self.hits

    def __contains__(self, item):
        item.append(2 ** 65)
        return True

    def __call__(self, target):
        target.append(1.25)
        return target

    def __len__(self):
        return self.hits

    def __bool__(self):
        return self.hits > 100

    def __hash__(self):
        return 7

    def __repr__(self):
        return "Tally(" + str(self.hits) + ")"

    def __lt__(self, other):
        return self.hits < other.hits


class Plain:
    def __init__(self):
        self.values = [8, 9]


class Odd:
    def __eq__(self, other):
        return "equal?"

    def __ne__(self, other):
        return 40


class Steps:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n = self.n - 1
        return self.n if self.n % 2 else str(self.n)


def total(values):
    t = 0
    for v in values:
        if isinstance(v, (int, float)):
            t = t + v
    return t


t = Tally()
print(len(t), bool(t), hash(t), repr(t), [t])
print(list(Steps(4)), sorted([Tally(), t], key=lambda x: x.hits))
odd = Odd()
r = odd == 1
s = odd != 1
print(r, s + 2, [odd == odd, odd != odd])
a = [1, 2]
print(t == a, a[-1] * 2, a)
b = [3]
print(t + b, total(b), b)
c = [4, 5]
print(t[c], c[-1] is None, c)
d = [6]
print(d in t, d[-1] - 2 ** 65, d)
e = [7]
print(t(e) is e, total(e), e)
f = Plain()
print(t == f, f.values[-1] * 2, f.values)
print(t, len(t), t.hits)
