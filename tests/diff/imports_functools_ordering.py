"""functools.total_ordering from each root (NotImplemented passes through), and reduce."""
import functools
from functools import reduce, total_ordering


@total_ordering
class Length:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Length):
            return NotImplemented
        return self.n == other.n

    def __gt__(self, other):
        if not isinstance(other, Length):
            return NotImplemented
        return self.n > other.n

    def __repr__(self):
        return "L%d" % self.n


a, b, c = Length(1), Length(2), Length(1)
print(a < b, a <= c, a >= b, b >= a, a > b, a == c, a != b)
print(sorted([Length(3), a, b]), max(a, b), min([b, c]))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
print(Length.__lt__(a, 3), Length.__le__(a, "x"))


@functools.total_ordering
class Grade:
    order = "FDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __le__(self, other):
        return self.order.index(self.letter) <= self.order.index(other.letter)


grades = [Grade(x) for x in "CAFB"]
print([g.letter for g in sorted(grades)], Grade("A") > Grade("B"), Grade("C") < Grade("C"), Grade("D") >= Grade("F"))


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


@total_ordering
class Derived(Base):
    pass


print(Derived(1) > Derived(0), Derived(2) <= Derived(2), Derived(3) >= Derived(4))

try:
    @total_ordering
    class Unordered:
        pass
except ValueError as e:
    print("ValueError:", e)


def compose(*fs):
    return reduce(lambda f, g: lambda x: g(f(x)), fs)


print(compose(lambda x: x + 1, lambda x: x * 10, str)(4))
print(reduce(lambda acc, w: acc + len(w), "the quick brown fox".split(), 0))
print(reduce(lambda a, b: a + b, [[1], [2, 3], []]), reduce(lambda a, b: a or b, [0, "", "x"], None))
print(functools.reduce(lambda a, b: a * b, range(1, 21)))
