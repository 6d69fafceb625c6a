"""0 ** -1 with int operands raises ZeroDivisionError."""
for e in range(3, -2, -1):
    print('2 **', e, '=', 2 ** e)
for e in range(3, -2, -1):
    print('0 **', e, '=', 0 ** e)
