"""Functions as values: passed as arguments, stored in lists/dicts, returned, called from containers."""
def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

ops = {'add': add, 'sub': sub, 'mul': mul, 'pow': lambda a, b: a ** b}
print(ops['add'](1, 2))
print(ops['sub'](1, 2))
print(ops['mul'](3, 4))
print(ops['pow'](2, 10))
for name in ['add', 'sub', 'mul', 'pow']:
    print(name, ops[name](7, 3))

def apply(f, *args):
    return f(*args)

print(apply(add, 10, 20))
print(apply(len, 'hello'))
print(apply(max, 3, 8, 1))
fl = [add, sub, mul]
print([f(6, 2) for f in fl])
print(fl[2](5, 5), fl[-1](2, 2))

def compose(f, g):
    return lambda x: f(g(x))

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def pick(name):
    if name == 'neg':
        def neg(x):
            return -x
        return neg
    return abs

print(pick('neg')(5), pick('abs')(-5))
print(list(map(str.upper, ['a', 'b'])))
print(list(map(add, [1, 2], [10, 20])))
print(list(filter(lambda x: x % 2, range(7))))
print(sorted(['bb', 'a', 'ccc'], key=len))
def reduce_(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(reduce_(add, [1, 2, 3, 4], 0), reduce_(mul, [1, 2, 3, 4], 1))
print(add.__name__, ops['mul'].__name__, ops['pow'].__name__)
print(ops['add'] is add, fl[0] == add, add is sub)
pipeline = [inc, dbl, inc, str]
v = 3
for step in pipeline:
    v = step(v)
print(repr(v))
print(callable(add), callable(ops), callable(len), callable(3))
