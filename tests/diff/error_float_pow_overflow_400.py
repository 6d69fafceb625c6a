"""10.0 ** 400 raises OverflowError: (34, 'Numerical result out of range')."""
print(10.0 ** 300, 10.0 ** -400, 2.0 ** 1023, 0.5 ** 1074, 1.1 ** 10, 3.0 ** 40.5)
print(10.0 ** 400)
