"""Closures made in a loop: late binding vs default-argument trick; lambdas capturing locals."""
def make_late():
    fs = []
    for i in range(4):
        def f():
            return i
        fs.append(f)
    return fs

print([f() for f in make_late()])

def make_bound():
    fs = []
    for i in range(4):
        def f(i=i):
            return i
        fs.append(f)
    return fs

print([f() for f in make_bound()])

lams = [lambda: k * 10 for k in range(3)]
print([g() for g in lams])
lams2 = [lambda k=k: k * 10 for k in range(3)]
print([g() for g in lams2])

def lambda_capture(base):
    scale = 3
    f = lambda x: (x + base) * scale
    scale = 4
    return f

print(lambda_capture(1)(2))

def make_adders():
    out = {}
    for name, n in [('one', 1), ('two', 2), ('three', 3)]:
        out[name] = lambda x, n=n: x + n
    return out

adders = make_adders()
print(adders['one'](10), adders['two'](10), adders['three'](10))

def late_dict():
    out = {}
    for name, n in [('one', 1), ('two', 2)]:
        out[name] = lambda x: x + n
    return out

ld = late_dict()
print(ld['one'](10), ld['two'](10))

def factory(n):
    return lambda: n
fs = [factory(j) for j in range(3)]
print([f() for f in fs])
key_fn = lambda p: (-p[1], p[0])
print(sorted([('a', 2), ('b', 3), ('c', 2)], key=key_fn))
