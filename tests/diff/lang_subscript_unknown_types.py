# Subscripts where the compiler cannot know the container's type (a parameter called
# with many kinds of values): lists by small ints are read and written inline, everything
# else by the generic operations, with the same errors.


class Index:
    def __index__(self):
        return 1


class Grid:
    def __getitem__(self, key):
        return ("grid", key)

    def __setitem__(self, key, value):
        print("grid set", key, value)


def get(c, k):
    return c[k]


def put(c, k, v):
    c[k] = v
    return c


for container, key in [([10, 20, 30], 0), ([10, 20, 30], 2), ([10, 20, 30], -1), ([10, 20, 30], True),
                       ((1, 2, 3), 1), ("abc", 2), ({"a": 1, 0: "zero"}, 0), ({"a": 1}, "a"),
                       (range(5), 3), ([1, 2, 3], slice(0, 2)), ([[1], [2]], 1), ([5, 6], Index()),
                       (Grid(), 7), (b"xyz", 0), ([1, 2], 2 ** 70 - 2 ** 70 + 1)]:
    print(type(container).__name__, repr(key) if not isinstance(key, Index) else "Index", get(container, key))

for container, key in [([1, 2, 3], 3), ([1, 2, 3], -4), ([], 0), ((1,), 5), ({"a": 1}, "b"), ([1], "0"),
                       ([1], 1.0), (5, 0), ([1], 2 ** 80), (None, 1)]:
    try:
        print(get(container, key))
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

items = [0, 1, 2]
print(put(items, 0, "a"), put(items, 2, [items[0]]), put(items, -1, None), put(items, False, 9))
print(put({}, "k", 1), put(Grid(), "g", 2) is not None)
shared = ["x"]
holder = [shared, shared]
put(holder, 0, None)
put(holder, 1, None)
print(shared, holder)
for container, key in [([1], 1), ([1], -2), ((1, 2), 0), ("ab", 0), ([1], "i")]:
    try:
        put(container, key, 0)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

total = 0
data = [i * i for i in range(100)]
for i in range(100):
    total += get(data, i)
    put(data, i, get(data, 99 - i))
print(total, data[:5], data[-5:])
for c in ([1, 2], (1, 2), "ab", b"ab", range(3)):
    for k in (2 ** 50, -2 ** 50, 2 ** 63, 2 ** 62, -2 ** 63 - 1, 2 ** 100):
        try:
            print(get(c, k))
        except IndexError as e:
            print(type(c).__name__, k, e)
get([1, 2, 3], 10)
