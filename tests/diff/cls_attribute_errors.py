"""AttributeError messages: missing instance/class/module-level attributes, None, builtins, caught."""
class C:
    a = 1

    def __init__(self):
        self.b = 2

    def method(self):
        return self.nonexistent


class D(C):
    pass


c = C()
tests = [
    lambda: c.x,
    lambda: C.x,
    lambda: D().y,
    lambda: c.method(),
    lambda: None.foo,
    lambda: (5).real_part,
    lambda: "s".no_such,
    lambda: [1].push(2),
    lambda: {}.iteritems(),
    lambda: D.zzz,
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except AttributeError as e:
        print(i, "AttributeError:", e)

print(c.a, c.b, D().a, D().b)
try:
    del c.a
except AttributeError as e:
    print("del:", e)
del c.b
try:
    c.b
except AttributeError as e:
    print("after del:", e)
try:
    (1).x = 5
except AttributeError as e:
    print("set on int:", e)
try:
    C.method(c)
except AttributeError as e:
    print("via class:", e)
try:
    c.missing
except Exception as e:
    print(type(e).__name__, isinstance(e, AttributeError), e.args)
