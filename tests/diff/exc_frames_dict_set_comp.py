# Dict and set comprehensions have frames of their own; the outermost iterable is
# evaluated by the caller (no comprehension frame), the rest inside.


def key_of(x):
    return {"a": 1}[x]


def first_iterable():
    return {x: 1 for x in 5}


print({x: key_of(x) for x in "a"})
print({key_of(x) for x in ["a", "a"]})
try:
    first_iterable()
except TypeError as e:
    print("iterable:", e)
try:
    {x for x in [1, 2] if key_of(x)}
except KeyError as e:
    print("condition:", e)
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print("key:", e)
# Uncaught, from a set comprehension inside a dict comprehension.
print({x: {key_of(y) for y in "ab"} for x in range(2)})
