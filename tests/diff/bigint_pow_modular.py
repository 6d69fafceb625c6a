"""pow with big ints: ** with large exponents, pow(a, b, m) incl. negative b and m."""
print(2 ** 200, 3 ** 150, (-3) ** 151, (-2) ** 64)
print(10 ** 50, 7 ** 0, 0 ** 0, (-1) ** 1001, (-1) ** 1000)
print(2 ** -2, 10 ** -3, (-2) ** -3)
print(pow(2, 100), pow(2, 100, 1000), pow(3, 1000, 10 ** 9 + 7))
print(pow(-5, 3, 7), pow(5, 3, -7), pow(-5, 3, -7))
print(pow(2, 10 ** 20, 97), pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97))
print(pow(2, -1, 10 ** 30 + 1), pow(10 ** 20 + 3, -1, 2 ** 89 - 1))
print(pow(7, -1, -11), pow(5, 0, 1), pow(5, 3, 1), pow(0, 0, 5))
m = 2 ** 127 - 1
x = 12345678901234567890
inv = pow(x, -1, m)
print(inv, inv * x % m)
for e in range(0, 70, 7):
    print(e, pow(3, e), pow(3, e, 2 ** 64), pow(-3, e, 1000))
