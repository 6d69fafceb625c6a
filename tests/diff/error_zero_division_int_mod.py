"""Int modulo by zero: ZeroDivisionError: integer modulo by zero."""
x = 17
for d in range(5, 0, -1):
    print(x, '%', d, '=', x % d)
d = 0
print('about to divide')
print(x % d)
print('not reached')
