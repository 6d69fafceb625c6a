"""A user exception class raised through functions and left uncaught: its name, its
__str__, chaining with builtin exceptions, and attributes on exception objects."""


class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return f"{self.key}: {self.problem}"

    def describe(self):
        return "config " + str(self)


class Missing(ConfigError, KeyError):
    pass


class Plain(RuntimeError):
    pass


def lookup(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise Missing(key, "not set") from e


def load(settings):
    values = []
    for k in ("a", "b"):
        values.append(lookup(settings, k))
    return values


e = ConfigError("x", "bad")
print(e, repr(e), e.args, e.describe(), type(e).__name__, e.__class__.__name__)
print(isinstance(e, Exception), isinstance(e, ConfigError), isinstance(e, Missing))
print(issubclass(Missing, KeyError), issubclass(Missing, LookupError), issubclass(Plain, Exception))
print([c.__name__ for c in Missing.__mro__])
v = ValueError("v")
v.note = "attached"
print(v.note, hasattr(v, "other"))
try:
    raise Plain
except RuntimeError as caught:
    print("caught", repr(caught), caught.args)
try:
    raise Missing("k", "gone")
except (TypeError, LookupError) as caught:
    print("lookup", caught, caught.key)
try:
    load({"a": 1})
except ConfigError as caught:
    print("cause", type(caught.__cause__).__name__, caught.__cause__)
print(load({"a": 1}))
