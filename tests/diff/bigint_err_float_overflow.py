"""float(10**400) raises OverflowError: int too large to convert to float."""
print(float(10 ** 300), float(2 ** 1023), float(-(10 ** 308)))
x = 10 ** 400
print(x > 10 ** 399, len(str(x)))
print(float(x))
