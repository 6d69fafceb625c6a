"""0.0 ** -1 raises ZeroDivisionError: 0.0 cannot be raised to a negative power."""
print(0.0 ** 1, 0.0 ** 0, (-0.0) ** 3, (-0.0) ** 2, 2.0 ** -1, (-2.0) ** -3)
e = -1
print(0.0 ** e)
