"""An uncaught FrozenInstanceError: CPython names its module and the "<string>" frame."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


def move(p, dx):
    p.x += dx
    return p


p = Point(1)
print(p, hash(p) == hash(Point(1, 0)))
move(p, 2)
print("not reached")
