"""Functions returning None implicitly, via bare return, and early returns."""
def nothing():
    pass

def bare(x):
    if x > 0:
        return
    print('bare fell through', x)

def maybe(x):
    if x > 5:
        return 'big'
    elif x < 0:
        return -1

def side(x):
    print('side', x)

print(nothing())
print(bare(1))
print(bare(-1))
print(maybe(10), maybe(-3), maybe(3))
r = side('a')
print(r, r is None, r == None, not r)
print(nothing() is None, bare(5) or 'fallback', maybe(3) and 'x')
print(str(nothing()) + '!')
v = maybe(7)
if v is not None:
    print('got', v)
v = maybe(2)
if v is None:
    print('got None')
