"""Truthiness of int, float, str, None, bool in if/while/bool()/not."""
def check(x):
    if x:
        print('truthy', x, bool(x), not x)
    else:
        print('falsy ', x, bool(x), not x)

check(0)
check(1)
check(-1)
check(0.0)
check(-0.0)
check(0.5)
check(1e-300)
check(float('nan'))
check(float('inf'))
check('')
check(' ')
check('0')
check('False')
check(None)
check(True)
check(False)
check(140737488355327)
n = 5
while n:
    print('n', n)
    n -= 2
    if n < 0:
        n = 0
s = 'ab'
while s:
    print('s', s)
    s = ''
f = 1.0
while f:
    f = f / 1e100
    print('f', f)
print(bool(), bool(0), bool(''), bool('x'), bool(None), bool(-0.0), bool(2))
if not None and not '' and not 0:
    print('all falsy')
elif 0:
    print('unreachable')
else:
    print('else')
