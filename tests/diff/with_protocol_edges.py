"""with: __exit__ calls on every way out, swallowing, nesting, tuple targets, errors."""


class Log:
    def __init__(self, name, swallow=False, fail_exit=False):
        self.name = name
        self.swallow = swallow
        self.fail_exit = fail_exit
        self.exits = 0

    def __enter__(self):
        print("enter", self.name)
        return (self.name, len(self.name))

    def __exit__(self, exc_type, exc, tb):
        # tb is not printed: Molt has no traceback objects and passes None.
        self.exits += 1
        kind = "clean" if exc_type is None else exc_type.__name__ + ": " + str(exc)
        print("exit", self.name, kind, self.exits)
        if self.fail_exit:
            raise RuntimeError("exit of " + self.name)
        return self.swallow


# A truthy __exit__ swallows the exception; the statement after the with runs.
with Log("swallow", swallow=True) as (name, size):
    print("body", name, size)
    {}["missing"]
    print("not reached")
print("after swallow", name, size)

# A falsy __exit__ lets it go on to an outer handler.
try:
    with Log("falsy"):
        int("x")
except ValueError as e:
    print("outer caught", e)


# return, break and continue out of the body call __exit__ once.
def leave_by_return(n):
    with Log("ret") as t:
        if n:
            return t[0] * n
    return "fell through"


print(leave_by_return(2), leave_by_return(0))
for i in range(4):
    with Log("loop" + str(i)):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
else:
    print("no break")
k = 0
while True:
    k += 1
    with Log("while"):
        if k == 2:
            break


# return inside nested with and try/finally: exits run innermost first.
def nested_return():
    with Log("a"):
        try:
            with Log("b"), Log("c") as c:
                return c
        finally:
            print("finally")


print(nested_return())


# Multi-item: the second manager's enter fails, so only the first exits (with the error).
class BadEnter:
    def __enter__(self):
        raise LookupError("no entry")

    def __exit__(self, *args):
        print("never")


try:
    with Log("first"), BadEnter():
        print("not reached")
except LookupError as e:
    print("caught", repr(e))

# __exit__ raising while an exception passes: the new one has the old as __context__.
try:
    with Log("raiser", fail_exit=True):
        raise KeyError("inner")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__), e.__cause__)

# __exit__ raising after a clean body: no context.
try:
    with Log("raiser2", fail_exit=True):
        pass
except RuntimeError as e:
    print("caught", e, repr(e.__context__))

# A swallowed exception is no longer being handled: a later raise has no context.
with Log("quiet", swallow=True):
    raise IndexError("gone")
try:
    raise TypeError("fresh")
except TypeError as e:
    print("fresh context", e.__context__)

# The target is assigned inside the with: an unpacking error reaches __exit__.
try:
    with Log("unpack") as (a, b, c):
        print("not reached")
except ValueError as e:
    print("caught", e)


# Managers lacking the protocol: CPython 3.11's TypeError, before any call.
class NoEnter:
    def __exit__(self, *args):
        print("never")


class NoExit:
    def __enter__(self):
        print("never")


for manager in (NoEnter(), NoExit(), 42, NoEnter):
    try:
        with manager:
            print("not reached")
    except TypeError as e:
        print("TypeError", e)

# Special methods come from the type, not the instance.
instance = NoExit()
instance.__exit__ = lambda *args: None
try:
    with instance:
        pass
except TypeError as e:
    print("TypeError", e)

# A manager entered twice; the first body's exception is swallowed.
log = Log("reused", swallow=True)
for i in range(2):
    with log:
        print(1 // i)
print("exits", log.exits)
