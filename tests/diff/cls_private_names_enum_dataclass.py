"""Private names in enums and dataclasses: an enum's `__x` (`_Color__x`) is a plain
attribute, not a member (CPython's enum._is_private), and a class named with a leading
underscore mangles to a name that is a member; a dataclass's private field is
`_Point__x`, in its __init__, repr and comparisons."""
from dataclasses import dataclass, field
from enum import Enum, auto


class Color(Enum):
    RED = 1
    __shade = 2  # _Color__shade: private, a plain attribute
    GREEN = _Color__alias = 3  # a member, and a plain attribute with its value
    BLUE = auto()

    def shade(self):
        return self.__shade, self.__describe()

    def __describe(self):
        return self.name.lower()


class _Level(Enum):
    __low = 1  # _Level__low: not private to _Level (whose pattern is __Level__), so a member


print(list(Color), len(Color), Color.RED.shade(), Color.GREEN.shade())
print(Color._Color__shade, Color._Color__alias, Color["GREEN"], Color(4))
print(list(_Level), _Level._Level__low.value)
try:
    Color["_Color__shade"]
except KeyError as e:
    print("KeyError:", e)


@dataclass(order=True)
class Point:
    __x: int
    y: int = 0
    __tags: list = field(default_factory=list)

    def x(self):
        return self.__x

    def tag(self, t):
        self.__tags.append(t)
        return self


p = Point(1, 2)
q = Point(_Point__x=1, y=3)
print(p, q, p < q, p == Point(1, 2), p.x())
print(p.tag("a").tag("b"), sorted(vars(p)))
Point(__x=1)
