"""match: errors raised while matching (class patterns, guards, mapping keys), names left
bound by a failed guard, missing attributes as failed matches, an uncaught error in a case body."""


class Vector:
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Partial:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1  # no b: a pattern reading b does not match


class BadArgs:
    __match_args__ = ["a"]


class NotStrings:
    __match_args__ = (1,)


class Plain:
    pass


class Key:
    A = "a"
    ALSO_A = "a"
    UNHASHABLE = ["a"]


def kind(v):
    match v:
        case Vector(0, 0, 0):
            return "zero vector"
        case Vector(x, 0, 0) | Vector(0, x, 0) | Vector(0, 0, x):
            return "on an axis at %r" % x
        case Vector(x, y, z=z) if x == y == z:
            return "diagonal %r" % z
        case Vector(x, y):
            return "vector starting %r, %r" % (x, y)
        case Partial(a, b):
            return "partial with b %r" % b
        case Partial(a):
            return "partial a=%r" % a
    return "no match"


for v in [Vector(0, 0, 0), Vector(0, 4, 0), Vector(2, 2, 2), Vector(1, 2, 3), Partial(), 5]:
    print(kind(v))


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, ZeroDivisionError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)


def too_many():
    match Vector(1, 2, 3):
        case Vector(a, b, c, d):
            return "matched"


def too_many_builtin():
    match 5:
        case int(a, b):
            return "matched"


def not_a_tuple():
    match BadArgs():
        case BadArgs(a):
            return "matched"


def not_strings():
    match NotStrings():
        case NotStrings(a):
            return "matched"


def repeated_attribute():
    match Vector(1, 2, 3):
        case Vector(1, x=1):
            return "matched"


def not_a_type():
    not_type = 3
    match 3:
        case not_type():
            return "matched"


def repeated_key():
    match {"a": 1, "b": 2}:
        case {Key.A: 1, Key.ALSO_A: 2}:
            return "matched"


def unhashable_key():
    match {"a": 1, "b": 2}:
        case {Key.A: 1, Key.UNHASHABLE: 2}:
            return "matched"


def guard_raises():
    match [1, 0]:
        case [a, b] if a // b:
            return "matched"


def guard_fails_then_next():
    # A failed guard leaves the captured names bound, as in CPython.
    match (3, 4):
        case (first, second) if first > second:
            return "first bigger"
        case _:
            return "guard failed, first=%r second=%r" % (first, second)


def plain_positional():
    match Plain():
        case Plain(x):
            return "matched"


def missing_attribute():
    match Plain():
        case Plain(missing=m):
            return "matched %r" % m
        case Plain():
            return "a Plain without the attribute"


attempt("too many:", too_many)
attempt("too many builtin:", too_many_builtin)
attempt("not a tuple:", not_a_tuple)
attempt("not strings:", not_strings)
attempt("repeated attribute:", repeated_attribute)
attempt("not a type:", not_a_type)
attempt("repeated key:", repeated_key)
attempt("unhashable key:", unhashable_key)
attempt("guard raises:", guard_raises)
attempt("guard fails:", guard_fails_then_next)
attempt("plain positional:", plain_positional)
attempt("missing attribute:", missing_attribute)

try:
    match [1, 2]:
        case [p, q] if p / (q - 2):
            print("unexpected")
except ZeroDivisionError as e:
    print("handler sees", p, q, e)


def body_raises(v):
    match v:
        case {"items": [first, *rest]}:
            return first / len(rest)
        case _:
            return None


print(body_raises({"items": [1, 2]}))
print(body_raises({"items": [1]}))
