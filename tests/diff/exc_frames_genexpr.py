# Generator expressions passed to builtins run in a <genexpr> frame; the builtin itself
# (C code in CPython) adds no frame, so an error it raises shows only the caller.


def check(x):
    if x > 2:
        raise ValueError("too big: " + str(x))
    return x


print(sum(check(x) for x in [1, 2]))
print(max(x * 2 for x in range(4)))
try:
    max(x for x in [1, "a"])
except TypeError as e:
    print("max:", e)
try:
    print(sum(check(x) for x in [1, 2, 3]))
except ValueError as e:
    print("sum:", e)
# Uncaught: the comparison fails inside min (no <genexpr> frame), while handling an error
# raised inside the generator expression (a <genexpr> frame).
try:
    any(check(x) for x in [3])
except ValueError:
    min(y for y in [2, "b"])
