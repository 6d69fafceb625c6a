"""enum: Enum/IntEnum members, .name/.value, iteration, comparison, lookup by value and name, repr/str."""
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Color.RED, repr(Color.GREEN))
print(Color.BLUE.name, Color.BLUE.value)
print([c.name for c in Color], [c.value for c in Color], len(Color))
print(Color(2), Color(2) is Color.GREEN, Color["BLUE"])
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED is Color.RED)
print(Color.RED == 1, Color.RED != 1)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED in Color, f"{Color.GREEN}", f"{Color.GREEN.name:>7}|")
lookup = {Color.RED: "stop", Color.GREEN: "go"}
print(lookup[Color.GREEN], lookup.get(Color.BLUE, "?"))

print(Priority.HIGH, repr(Priority.LOW), str(Priority.MEDIUM))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.MEDIUM - Priority.LOW)
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH > 7)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(Priority(5), Priority(5) is Priority.MEDIUM, int(Priority.HIGH))
print(f"{Priority.HIGH}", f"{Priority.LOW:03d}", isinstance(Priority.LOW, int))
print(max(Priority).name, [p.name for p in Priority if p >= 5])
print(list(range(Priority.MEDIUM)))


class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    ALIAS = "sq"

    def describe(self):
        return self.name.lower() + "/" + self.value


print(Shape.ALIAS is Shape.SQUARE, Shape.ALIAS.name, [s.name for s in Shape])
print(Shape("ci").describe(), Shape.SQUARE.describe())
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError")
