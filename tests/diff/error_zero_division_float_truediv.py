"""Float division by zero (1.0 / 0.0) raises ZeroDivisionError."""
a = 1.0
b = 0.5
while True:
    print(a, b, a / b)
    b = b - 0.25
