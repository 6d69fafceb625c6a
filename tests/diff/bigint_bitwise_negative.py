"""Bitwise & | ^ ~ << >> on big and negative big ints."""
a = 2 ** 100 + 12345
b = -(2 ** 90) - 777
c = -1
vals = [a, -a, b, -b, c, 0, 2 ** 64 - 1, -(2 ** 64)]
for x in vals:
    print(x, ~x, x >> 3, x << 5, x >> 200, x << 0)
for x in vals:
    for y in vals:
        print(x & y, x | y, x ^ y)
print(1 << 200, -1 << 200, (1 << 200) >> 199, -(1 << 200) >> 201)
print(-5 >> 1, -5 >> 100, 5 >> 100, -(2 ** 70) >> 70, -(2 ** 70 + 1) >> 70)
print(~(2 ** 80), ~-(2 ** 80), (2 ** 80) & -(2 ** 80), (2 ** 80 - 1) & -(2 ** 40))
print(0xFFFFFFFFFFFFFFFFFFFF ^ -1, -0x10000000000000000 | 0xFF)
print((2 ** 63) << 1, (2 ** 63) >> 1, (2 ** 63 - 1) << 1, -(2 ** 63) << 1)
