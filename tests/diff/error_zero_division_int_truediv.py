"""Int true division by zero: ZeroDivisionError: division by zero."""
n = 1
total = 0.0
while n >= 0:
    total += 1 / (n + 1)
    print(n, total)
    n -= 1
print(1 / 0)
