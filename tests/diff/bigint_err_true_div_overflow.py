"""10**400 / 3 raises OverflowError for integer division result too large."""
print(10 ** 400 // 3 % 1000, 10 ** 400 / 10 ** 399, 10 ** 300 / 7)
print(10 ** 400 / 3)
