"""Float floor division by -0.0 raises ZeroDivisionError."""
print(7.5 // 2.0, -7.5 // 2.0, 7.5 // -2.0)
z = -0.0
print('z is', z, bool(z))
print(1.0 // z)
