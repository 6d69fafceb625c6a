"""Exception chaining: __cause__ from `raise X from Y`, `from None`, implicit __context__."""
def describe(e):
    print(' ', repr(e), '| cause:', repr(e.__cause__), '| context:', repr(e.__context__),
          '| suppress:', e.__suppress_context__)

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise KeyError(s) from e

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('no ' + k) from None

def implicit(x):
    try:
        return 1 // x
    except ZeroDivisionError:
        return [][x]

print(parse('12'))
cases = [('parse', lambda: parse('zz')), ('lookup', lambda: lookup({}, 'k')), ('implicit', lambda: implicit(0))]
for name, f in cases:
    try:
        f()
    except Exception as e:
        print(name, 'raised', type(e).__name__, e)
        describe(e)
        ctx = e.__context__
        if ctx is not None:
            print('  context type', type(ctx).__name__, 'context of context', repr(ctx.__context__))
        print('  cause is context:', e.__cause__ is e.__context__)

try:
    raise TypeError('explicit') from ValueError('made up cause')
except TypeError as e:
    describe(e)

try:
    raise IndexError('no active exception')
except IndexError as e:
    describe(e)

try:
    try:
        try:
            {}['a']
        except KeyError:
            1 / 0
    except ZeroDivisionError:
        int('q')
except ValueError as e:
    chain = []
    c = e
    while c is not None:
        chain.append(type(c).__name__)
        c = c.__context__
    print('chain of three:', ' <- '.join(chain))

e = ValueError('built')
print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
