"""Float power overflow raises OverflowError: (34, 'Numerical result out of range')."""
x = 10.0
for e in range(100, 500, 100):
    print(e, x ** e)
