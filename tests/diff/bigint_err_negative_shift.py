"""1 << -1 raises ValueError: negative shift count."""
print(1 << 70, -1 << 70, (2 ** 70) >> 69)
n = 5
while n >= 0:
    print(n, 3 << n, (2 ** 100) >> n)
    n -= 1
print(1 << n)
