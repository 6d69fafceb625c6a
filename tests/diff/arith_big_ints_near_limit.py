"""Ints near (but within) +-(2**47 - 1), built with allowed intermediates."""
big = 2 ** 46 + (2 ** 46 - 1)
print(big)
print(-big, big - 1, -big + 1)
print(big // 2, big % 2, big // 3, big % 1000, big // -7, big % -7)
print(big / 2, big / 3)
print(big == 140737488355327, big == 2 ** 46 - 1 + 2 ** 46)
half = 2 ** 46
print(half, (half - 1) * 2 + 1, half - 1 + half)
print(-half + 1 - half)
x = 1
n = 0
while x < 2 ** 46:
    x *= 2
    n += 1
print(n, x)
f = 1
i = 1
while i <= 16:
    f *= i
    print(i, f)
    i += 1
print(float(big), int(float(big)), float(big) == big)
print(12345678 * 11111111, 99999999 * 999999, -(2 ** 23) * 2 ** 23)
print(big // 12345, big % 12345, -big // 12345, -big % 12345)
print(abs(-big), max(big, -big), min(big, -big))
