"""int(float('inf')) raises OverflowError: cannot convert float infinity to integer."""
x = 1e300
print(int(1e10), x * 10, -x * 10)
print(int(x * 1e10))
