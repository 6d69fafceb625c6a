"""isinstance/issubclass with tuples and inheritance, type(x) is C, type(x).__name__, __class__."""
class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


class Tiny(Square):
    pass


objs = [Shape(), Circle(), Square(), Tiny(), 3, "s", 2.5, None, [1]]
for o in objs:
    print(type(o).__name__, isinstance(o, Shape), isinstance(o, (Circle, Square)),
          isinstance(o, (int, str)), type(o) is Square)
t = Tiny()
print(type(t) is Tiny, type(t) is Square, type(t) == Tiny, isinstance(t, Square))
print(t.__class__ is Tiny, t.__class__.__name__, Tiny.__name__, Tiny.__qualname__)
print(issubclass(Tiny, Shape), issubclass(Tiny, (int, Circle)), issubclass(Tiny, (Circle, Square)))
print(issubclass(Shape, object), issubclass(Tiny, Tiny), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(Circle, type))
print(type(Circle).__name__, type(type).__name__)
print(isinstance(t, object), isinstance(Shape, object))
print(isinstance(3, (str, (list, (int,)))))
try:
    isinstance(t, "Shape")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(t, Shape)
except TypeError as e:
    print("TypeError:", e)


def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, Shape):
        return "shape:" + type(x).__name__.lower()
    return "other"


print([kind(x) for x in [True, 0, Circle(), Tiny(), "x"]])
New = type(t)
n = New()
print(type(n).__name__, isinstance(n, Shape))
print([c.__name__ for c in Tiny.__mro__])
print(Circle.__module__)
