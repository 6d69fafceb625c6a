"""for i in range(0, 10, 0) raises ValueError: range() arg 3 must not be zero."""
step = 3
while step >= 0:
    print('step', step, end=': ')
    for i in range(0, 10, step):
        print(i, end=' ')
    print()
    step -= 1
