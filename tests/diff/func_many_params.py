"""Functions with many positional params; argument order and evaluation order."""
def combine(a, b, c, d, e, f):
    return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f

def show(tag, v):
    print('arg', tag)
    return v

def poly(x, a, b, c):
    return a * x * x + b * x + c

def describe(name, age, score, active):
    print(name, age, score, active, sep=' / ')

print(combine(1, 2, 3, 4, 5, 6))
print(combine(6, 5, 4, 3, 2, 1))
print(combine(show('a', 1), show('b', 2), show('c', 3), show('d', 4), show('e', 5), show('f', 6)))
for x in range(-3, 4):
    print(x, poly(x, 2, -3, 1), poly(x * 0.5, 1.5, 0, -2))
describe('héllo', 30, 9.5, True)
describe('', 0, -0.0, None)
print(poly(poly(1, 1, 1, 1), 1, 0, 0))
