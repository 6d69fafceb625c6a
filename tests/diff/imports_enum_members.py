"""enum: auto(), members with methods and __init__, aliases, the class as a container."""
import enum
from enum import Enum, IntEnum, auto


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()

    def is_early(self):
        return self.value < 5

    @classmethod
    def first(cls):
        return cls.MONDAY


print(list(Weekday), [d.value for d in Weekday], Weekday.first(), Weekday.THURSDAY.is_early())
print(repr(Weekday), len(Weekday), Weekday["TUESDAY"], Weekday(10).name)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Status(enum.Enum):
    ACTIVE = "active"
    ENABLED = "active"
    OFF = "off"


print(Status.ENABLED, Status.ENABLED is Status.ACTIVE, [s.name for s in Status], len(Status), Status("off"))
print(Status.ACTIVE in Status, Weekday.MONDAY in Status, {Status.OFF: 1}[Status.OFF])
try:
    Status("on")
except ValueError as e:
    print("ValueError:", e)
try:
    Status.OFF = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Status.OFF.name = "x"
except AttributeError:
    print("name is read-only")
print(sorted(Weekday, key=lambda d: -d.value)[0], max(Planet, key=lambda p: p.mass).name)
print(Weekday.MONDAY == Weekday.MONDAY, Weekday.MONDAY != Weekday.TUESDAY, Weekday.MONDAY == 1)
print(type(Weekday.MONDAY) is Weekday, isinstance(Weekday.MONDAY, Enum), isinstance(Weekday.MONDAY, IntEnum))
print(f"[{Weekday.TUESDAY!s:>20}] [{Weekday.TUESDAY!r}]", str(Status.OFF), format(Status.OFF))


class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
    TOP = 9


print(Level.HIGH + Level.TOP, Level.TOP / 2, Level.TOP // 2, 10 - Level.HIGH, -Level.LOW, abs(Level.TOP), ~Level.LOW)
print(Level.LOW < 1.5, 2.5 > Level.HIGH, Level.TOP == 9.0, Level.HIGH in [2], {2: "two"}[Level.HIGH])
print(hash(Level.TOP) == hash(9), bool(Level.LOW), float(Level.TOP), [1, 2, 3, 4][Level.HIGH], "ab" * Level.HIGH)
print(isinstance(Level.LOW, int), Level(9), Level.TOP.value, str(Level.LOW), repr(Level.LOW), list(Level))
print(sum(Level), sorted([Level.TOP, 3, Level.LOW]), Level.LOW | 4, Level.TOP % 4, 2 ** Level.HIGH)
