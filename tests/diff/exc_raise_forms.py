"""raise with a class and an instance, bare re-raise, invalid raises, and assert statements."""
def show(e):
    print(' ', type(e).__name__, repr(e), e.args)

for k in range(3):
    try:
        if k == 0: raise ValueError
        if k == 1: raise ValueError('with message')
        saved = KeyError('saved instance')
        raise saved
    except Exception as e:
        show(e)
        if k == 2: print('  same object:', e is saved)

def reraise(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        print('  logging', e)
        raise

try:
    print(reraise(2)); print(reraise(0))
except ArithmeticError as e:
    print('re-raised:', repr(e))

try:
    try:
        raise KeyError('outer')
    except KeyError as first:
        keep = first
        try:
            int('inner')
        except ValueError:
            print('inner handled')
        raise
except KeyError as e:
    print('bare raise still re-raises the outer one:', repr(e), e is keep)

def helper_reraise():
    raise

try:
    try:
        [].pop()
    except IndexError:
        helper_reraise()
except IndexError as e:
    print('bare raise from a helper called in except:', e)

for bad in [42, 'text', None]:
    try:
        raise bad
    except TypeError as e:
        print('raise', repr(bad), '->', type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print('bare raise with nothing active:', e)

def check(x):
    assert x != 0
    assert x > 0, 'negative: ' + str(x)
    assert x < 100, x
    return x
for x in [5, 0, -3, 250]:
    try:
        print('check', check(x))
    except AssertionError as e:
        print('AssertionError', repr(e), e.args, str(e) == '')
