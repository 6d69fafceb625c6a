"""hash() of ints: small, -1, boundaries of 2**61-1, big and negative big ints."""
M = 2 ** 61 - 1
vals = [0, 1, -1, -2, 2, 10 ** 6, -(10 ** 6), M - 1, M, M + 1, -M, -M - 1, -M + 1,
        2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 64), 2 ** 100, -(2 ** 100),
        10 ** 30, -(10 ** 30), 2 * M - 1, 2 * M, 2 * M + 1, -2 * M - 1, 3 ** 200]
for v in vals:
    print(v, hash(v))
for v in vals:
    h = hash(v)
    if v >= 0:
        print(h == v % M, end=' ')
    else:
        e = -((-v) % M)
        if e == -1:
            e = -2
        print(h == e, end=' ')
print()
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(2.0 ** 61), hash(-0.0))
print(hash(1.5) == hash(1.5), hash(2 ** 70) == hash(2.0 ** 70), hash(1e100))
