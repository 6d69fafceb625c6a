# dict() takes its keyword arguments as a call does: evaluated before it runs, a key given
# twice (by name and by **, or by two **) or a key that is no str is CPython's TypeError;
# the messages of ** in calls name the callable as CPython does.


def f(**kw):
    return sorted(kw.items())


def g(a, b=2):
    return a + b


class Box:
    def method(self, **kw):
        return kw


def loud(label, value):
    print("evaluated", label)
    return value


print(dict({"a": 0}, a=1, **{"b": 2}), dict([("x", 1)], **{"x": 3}), dict(**{"k": [1]}, z=0))
print(dict(loud("source", {"s": 1}), t=loud("t", 2), **loud("mapping", {"u": 3})))
cases = [
    lambda: dict(a=1, **{"a": 2}),
    lambda: dict(**{"a": 1}, **{"a": 2}),
    lambda: dict(**{1: 2}),
    lambda: dict(**{"a": 1, 2: 3}),
    lambda: f(**{1: 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: g(1, **{"b": 3, "b2": 4}),
    lambda: g(**{"a": 1}, **{"a": 2}),
    lambda: Box().method(x=1, **{"x": 2}),
    lambda: Box.method(Box(), **{"y": 1}, **{"y": 2}),
    lambda: f(**[1, 2]),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
print(f(**{"b": 1}, a=0), g(**{"a": 40, "b": 2}))
