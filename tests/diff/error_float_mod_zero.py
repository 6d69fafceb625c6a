"""Float % by 0.0 raises ZeroDivisionError: float modulo."""
x = 7.25
print(x % 2.0, -x % 2.0, x % -2.0, -x % -2.0, 0.0 % 5.0, -0.0 % 5.0)
y = x - x
print('y is', y)
print(x % y)
