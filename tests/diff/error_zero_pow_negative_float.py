"""0.0 ** -1 raises ZeroDivisionError: 0.0 cannot be raised to a negative power."""
print(0.0 ** 0, 0.0 ** 2, 0.0 ** 0.5, (-0.0) ** 3)
print(0.0 ** -1)
