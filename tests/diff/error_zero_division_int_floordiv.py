"""Int floor division by zero raises ZeroDivisionError after some output."""
def safe(a, b):
    return a // b

for b in range(3, -1, -1):
    print('10 //', b, '=', safe(10, b))
