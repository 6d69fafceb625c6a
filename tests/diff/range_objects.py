"""range objects: repr, len, indexing, slicing, in, iteration, ==, reversed."""
rs = [range(10), range(3, 8), range(0, 20, 3), range(10, 0, -1), range(5, -6, -2), range(0),
      range(5, 5), range(5, 0), range(-3, 3), range(0, 10, 100), range(2 ** 64, 2 ** 64 + 10, 3)]
for r in rs:
    print(r, len(r), list(r), list(reversed(r)))
    if len(r) > 0:
        print(r[0], r[-1], r[len(r) // 2], r[1:], r[::-1], r[::2], r[1:-1:2], r[-2:], r[100:])
    print(0 in r, 5 in r, -1 in r, 5.0 in r, r.count(5), r == range(10))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 10, 2) == range(0, 9, 2))
print(range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(range(10).index(3), range(0, 20, 5).index(15), range(10, 0, -2).index(4), range(10)[-10])
print(repr(range(-5, 5, 1)), str(range(1, 2)), range(0, 10)[2:5][1], range(100)[::10][::-1][2:4])
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)), max(range(7)), min(range(3, -3, -1)))
r = range(0, 10 ** 19, 7)
print(len(r), r[-1], 10 ** 18 in r, 7 * 10 ** 17 in r, r[10 ** 17], r[::10 ** 18])
