"""Integer + - * / // % with every sign combination of operands."""
def show(a, b):
    print(a, b, '|', a + b, a - b, a * b, a / b, a // b, a % b)

for a in range(-7, 8, 7):
    for b in range(-3, 4, 6):
        show(a, b)
show(7, 2)
show(-7, 2)
show(7, -2)
show(-7, -2)
show(0, 5)
show(0, -5)
show(1, 1)
show(-1, 1)
show(100, 7)
show(-100, 7)
show(100, -7)
show(-100, -7)
show(123456789, 1000)
show(-123456789, 1000)
