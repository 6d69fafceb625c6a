"""Unpacking 3 items into 2 names raises ValueError: too many values to unpack (expected 2)."""
for a, b in [(1, 2), 'xy', [3, 4]]:
    print(a, b)
a, b = [1, 2, 3]
