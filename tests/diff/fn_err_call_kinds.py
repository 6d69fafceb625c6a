"""TypeErrors for keyword-only, positional-only, non-callable and lambda calls, caught and printed."""
def kw(a, *, b):
    return a + b

def kw2(*, x, y):
    return x + y

def po(a, b, /):
    return a + b

def po_c(a, /, c):
    return a + c

def star(*args, k):
    return args, k

ident = lambda x: x
const = lambda: 0

for thunk in [
    lambda: kw(1),
    lambda: kw2(),
    lambda: kw2(x=1),
    lambda: kw(1, 2),
    lambda: po(1, b=2),
    lambda: po(a=1, b=2),
    lambda: po_c(a=1, c=2),
    lambda: star(1, 2),
    lambda: ident(),
    lambda: const(1),
    lambda: kw(1, b=2, c=3),
]:
    try:
        thunk()
        print('no error')
    except TypeError as e:
        print(e)

x = 5
try:
    x()
except TypeError as e:
    print(e)
s = 'abc'
try:
    s(1)
except TypeError as e:
    print(e)
lst = [1, 2]
try:
    lst()
except TypeError as e:
    print(e)
nothing = None
try:
    nothing()
except TypeError as e:
    print(e)
try:
    d = {'a': 1}
    d['a']()
except TypeError as e:
    print(e)
print(po_c(1, c=2), kw(1, b=2), star(1, k=2))
