"""Iteration order of int sets: negatives, large ints, removals, growth, 100+ elements."""
print({5, 3, 1, 4, 2}, {100, 10, 1, 1000}, {-1, -2, -3, 0, 1}, {8, 16, 32, 64, 0})
print({2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 7, 2 ** 100, -5}, {-1, -2}, {7, 15, 23, 31})
print(set([33, 1, 65, 17, 9]), set(range(10, 0, -1)), set([1000000, 31, -31, 63, 95]))
s = set()
for i in range(40):
    s.add(i * 13 % 97)
print(s)
for i in range(0, 97, 3):
    s.discard(i)
print(s, len(s))
for i in range(200, 230):
    s.add(i)
print(s)
t = set()
for i in range(120):
    t.add((i * 7919) % 1009 - 500)
print(len(t))
print(t)
u = set(range(150))
for i in range(150):
    if i % 5 != 0:
        u.remove(i)
print(u)
u.add(-1)
u.add(1024)
u.add(2048)
print(u)
print(list({9, 8, 7, 40, 41}), sorted({9, 8, 7}), [x for x in {32, 0, 64, 96}], tuple({-8, 8}))
v = {1, 2, 3, 9, 17, 25}
w = set()
for x in v:
    w.add(x * 8)
print(v, w, {x % 8 for x in v}, {x + 0.5 for x in [1, 2, 3]})
