"""Unpacking 2 items into 3 names raises ValueError: not enough values to unpack (expected 3, got 2)."""
a, b, c = 'abc'
print(a, b, c)
x, *y, z = (1, 2)
print(x, y, z)
a, b, c = (1, 2)
