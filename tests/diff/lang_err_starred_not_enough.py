"""Starred unpacking of too few items raises ValueError: not enough values (expected at least 3, got 2)."""
a, *b, c = [1, 2]
print(a, b, c)
p, q, *r, s = [1, 2]
