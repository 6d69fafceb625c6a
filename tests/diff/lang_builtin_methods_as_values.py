# Methods of builtin types as values: bound to their receiver, called later, with
# positional and keyword arguments bound at run time, and CPython's errors.

xs = [3, 1, 2]
push = xs.append
push(7)
print(xs)
sorter = getattr(xs, "sort")
sorter(reverse=True)
print(xs)
sorter(key=lambda v: v % 3)
print(xs)

words = "a,b,,c"
split = words.split
print(split(","), split(",", 1), split(sep=",", maxsplit=2), split())
d = {"k": 1}
get = d.get
print(get("k"), get("x"), get("x", 0))
upd = d.update
upd({"a": 2}, b=3)
print(d)
s = set()
adder = s.add
for v in [3, 1, 3]:
    adder(v)
print(sorted(s))
fmt = "{} and {name}".format
print(fmt(1, name="two"))
print((255).bit_length(), (255).bit_length)

# Methods in containers and passed to functions.
actions = [xs.clear, xs.copy]
print(actions[1]())
actions[0]()
print(xs)


def apply(f, *args):
    return f(*args)


print(apply("hello".replace, "l", "L"), apply(b"abc".upper))
print(list(map("x={}".format, [1, 2])))

# Identity, equality, repr, type.
r = [1].append
print(type(r).__name__, callable(r), r == r, xs.append == xs.append, xs.append == [].append)
print(repr(xs.pop), str("ab".upper))
print(hasattr(xs, "append"), hasattr(xs, "nope"), hasattr(1, "bit_length"), hasattr("s", "append"))
print(len({xs.append, xs.append, xs.pop}))

# Errors, as CPython words them.
for call in [lambda: push(1, 2), lambda: push(), lambda: push(x=1), lambda: split(x=","),
             lambda: getattr(xs, "reverse")(1), lambda: getattr([], "pop")(1, 2), lambda: get(1, 2, 3),
             lambda: getattr({}, "pop")(), lambda: sorter(k=1), lambda: getattr(xs, "nope")]:
    try:
        call()
    except (TypeError, AttributeError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
words.nope
