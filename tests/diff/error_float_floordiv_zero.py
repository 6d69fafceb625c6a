"""Float // by 0.0 raises ZeroDivisionError: float floor division by zero."""
x = -7.25
print(x // 2.0, -x // 2.0, x // -2.0, 1e308 // 1e-308, 5e-324 // 1.0)
print(x // (x * 0.0))
