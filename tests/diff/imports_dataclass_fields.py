"""dataclasses: field() options, __post_init__, ClassVar, eq/order/frozen variants, inheritance."""
import dataclasses
from dataclasses import FrozenInstanceError, dataclass, field
from typing import ClassVar, List


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: List[int] = field(default_factory=list, repr=False)
    secret: str = field(default="x", repr=False, compare=False)
    kind: ClassVar[str] = "basic"
    opened: int = field(init=False, default=2024)

    def __post_init__(self):
        self.history.append(self.balance)


a = Account("ann", 10)
b = Account("ann", 10, secret="y")
print(a, a.history, a.opened, Account.kind, Account.secret)
print(a == b, a is b, a.history is b.history, Account.__match_args__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1, hash(n1) == hash(n1), n1)


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = "s"


cards = [Card(10, "h"), Card(2), Card(10, "c"), Card(14, "d")]
print(sorted(cards), Card(2) < Card(3), Card(2, "a") <= Card(2, "a"), len({Card(1), Card(1), Card(2)}))
try:
    Card(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    cards[0].rank = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del cards[0].suit
except AttributeError as e:
    print(type(e).__name__, e)
try:
    cards[0].extra = 1
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)


@dataclass
class Shape:
    name: str
    sides: int = 0


@dataclass
class Polygon(Shape):
    sides: int = 3
    points: list = field(default_factory=list)


@dataclass
class Square(Polygon):
    size: float = 1.0

    def area(self):
        return self.size ** 2


p = Polygon("tri")
s = Square("sq", 4, size=2.5)
print(p, s, s.area(), Square.__match_args__)
print(p == Polygon("tri"), p == Shape("tri", 3), s.points is p.points)


@dataclass(repr=False, init=False)
class Manual:
    x: int = 1

    def __init__(self, x):
        self.x = x * 2


m = Manual(4)
print(m.x, m == Manual(4), repr(m).startswith("<__main__.Manual object"))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())
try:
    Account()
except TypeError as e:
    print("TypeError:", e)
try:
    Account("a", 1, [], "s", 5)
except TypeError as e:
    print("TypeError:", e)
