"""Big-int + - * // % divmod across all sign combinations."""
a = 123456789012345678901234567890
b = 987654321987654321
vals = [a, -a, b, -b, 7, -7, 2 ** 64, -(2 ** 64), 2 ** 63 - 1]
for x in vals:
    for y in [b, -b, 7, -7, 2 ** 64 + 1]:
        print(x + y, x - y, x * y)
        print(x // y, x % y, divmod(x, y))
print(a * a * a)
print(-a * a, a * -a, (-a) * (-a))
print(2 ** 100 - 2 ** 100, 2 ** 100 + -(2 ** 100), 0 * a, -0 * a)
print(a // 1, a // -1, a % 1, -a % 1)
print(a // a, a % a, -a // a, (a + 1) // a)
print(abs(-a), -(-a), +a, a / 2, -a / 3)
print(2 ** 64 // 2 ** 32, 2 ** 64 % (2 ** 32 - 1), (2 ** 127 - 1) % 1000003)
x = 1
for i in range(1, 40):
    x = x * 1000003 + i
print(x)
print(x % 97, x // 10 ** 100, x % 10 ** 20)
