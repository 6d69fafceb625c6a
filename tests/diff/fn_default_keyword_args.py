"""Defaults evaluated once at def time (mutable list, global snapshot); keyword args in any order."""
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def counts(key, d={}):
    d[key] = d.get(key, 0) + 1
    return d

counts('a')
counts('b')
print(counts('a'))

LIMIT = 10
def under(x, limit=LIMIT):
    return x < limit

n = 5
def g(k=n * 2 + 1):
    return k

LIMIT = 100
n = 0
print(under(50), under(50, LIMIT), LIMIT)
print(g(), g(0))

def describe(name, age, city='Paris'):
    return name + ':' + str(age) + ':' + city

print(describe('Ann', 30))
print(describe(name='Bob', age=25))
print(describe(age=40, name='Cy'))
print(describe(city='Rome', age=1, name='Di'))
print(describe('Eve', city='Oslo', age=22))
print(describe('Fay', 33, city='Lima'))
print(describe('Gus', age=50))

def box(w, h, d=1, unit='cm'):
    return str(w * h * d) + unit

print(box(2, 3), box(2, 3, 4))
print(box(2, h=5, unit='m'))
print(box(d=2, w=3, h=4))
print(box(1, 1, unit='mm', d=9))

def sub(a, b):
    return a - b

print(sub(10, 3), sub(b=10, a=3), sub(10, b=3))

def flags(x, verbose=False, strict=False):
    return [x, verbose, strict]

print(flags(1), flags(1, strict=True))
print(flags(x=2, strict=1, verbose=0))
