"""Calls with *seq and **mapping: lists, tuples, dicts, strings, several stars in one call."""
def f(a, b, c, d=0):
    return (a, b, c, d)

print(f(*[1, 2, 3]))
print(f(*(1, 2, 3, 4)))
print(f(1, *[2, 3]))
print(f(*[1], *(2,), *[3]))
print(f(*'xyz'))
print(f(*range(3)))
print(f(**{'a': 1, 'b': 2, 'c': 3}))
print(f(1, **{'c': 3, 'b': 2}))
print(f(*[1, 2], **{'c': 3, 'd': 4}))
print(f(**{'a': 1}, **{'b': 2}, c=3))
print(f(*[1], 2, *[3], d=4))
print(f(1, 2, **{'d': 9}, c=8))

def show(*args, **kwargs):
    return args, kwargs

print(show(*[], **{}))
print(show(*[1, 2], 3, *(4, 5)))
print(show(**{'x': 1}, y=2, **{'z': 3}))
print(show(*[1], *[2], **{'b': 1}, **{'a': 2}))
args = (10, 20)
kw = {'sep': '|'}
print(*args, **kw)
print(*[1, 2, 3], sep=', ')
print(*'abc')
d = {'k1': 'v1', 'k2': 'v2'}
print(show(*d))
print(show(*d.values()))
print(show(**d))
def g(x, *, y):
    return x - y
print(g(*[10], **{'y': 3}))
lst = [[1, 2], [3, 4]]
print(list(zip(*lst)))
