"""*args tuple, **kwargs dict in insertion order, keyword-only (after * / *args), positional-only (/)."""
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

show()
show(1, 2, 3)
show(a=1)
show(1, 'x', z=3, a=1, m=2)
show(b=2, a=1)

def head(first, *rest):
    return first, rest

print(head(1), head(1, 2, 3))

def opts(name, **options):
    return name, list(options), sorted(options.items())

print(opts('n'))
print(opts('n', z=1, y=2, x=3))

def both(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(both(1, c=3))
print(both(1, 2, 3, 4, 5, c=6))
print(both(1, c=3, d=5, e=6, f=7))
print(both(a=0, c=0, b=9, zz=1))

def kwo(a, *, b, c=3):
    return (a, b, c)

print(kwo(1, b=2), kwo(1, c=5, b=2), kwo(a=0, b=0))

def joined(*args, sep='-', end='.'):
    return sep.join([str(x) for x in args]) + end

print(joined(1, 2, 3), joined(1, 2, sep='+'), joined('a', end='!', sep=''), joined())

def po(a, b, /, c, d=4):
    return (a, b, c, d)

print(po(1, 2, 3), po(1, 2, c=3), po(1, 2, d=6, c=7))

def po_kw(a, /, **kw):
    return a, kw

print(po_kw(1, a=2))
print(po_kw(1, b=2, a=3))

def full(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)

print(full(1, d=4), full(1, 9, 8, d=4, e=0), full(1, c=7, d=4))

def only_po(x, y=10, /):
    return x + y

print(only_po(1), only_po(1, 2))
