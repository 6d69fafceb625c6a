"""str/repr/hex/oct/bin of big and negative ints."""
vals = [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64), 2 ** 100 + 1, -(3 ** 80), 10 ** 30]
for v in vals:
    print(str(v), repr(v), hex(v), oct(v), bin(v))
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
print(hex(2 ** 20000)[:10], len(hex(2 ** 20000)))
x = 1
for i in range(60):
    x = x * 31 + i
    if i % 6 == 0:
        print(i, x, hex(x))
print(str(-0), str(2 ** 63), str(-(2 ** 63)), str(2 ** 63 - 1))
