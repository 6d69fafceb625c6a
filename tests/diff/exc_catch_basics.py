"""try/except with one type, a tuple of types, and `as e`: str, repr, args and type name."""
def show(e):
    print(type(e).__name__, '|', e, '|', repr(e), '|', e.args, '|', len(e.args))

try:
    1 // 0
except ZeroDivisionError:
    print('caught ZeroDivisionError without as')

try:
    int('abc')
except ValueError as e:
    show(e)

for i in range(4):
    try:
        if i == 0:
            [1, 2][5]
        elif i == 1:
            {'a': 1}['b']
        elif i == 2:
            'x' + 1
        else:
            print('no error for', i)
    except (IndexError, KeyError) as e:
        print('tuple clause:', i, type(e).__name__, e)
    except TypeError as e:
        print('type clause:', i, e)

errs = (ValueError, TypeError)
try:
    raise TypeError('from a tuple variable')
except errs as e:
    show(e)

show(ValueError())
show(ValueError('one'))
show(ValueError('a', 1))
show(ValueError(42))
show(KeyError('k'))
show(KeyError(7))
show(KeyError(('t', 1)))
show(IndexError('bad index'))
show(Exception('x', 'y', 'z'))
show(Exception(''))
e = RuntimeError('kept')
print(e.args[0], str(e) == 'kept', isinstance(e, Exception), isinstance(e, RuntimeError))
print(f'{ValueError("in f-string")}', f'{KeyError("q")!r}', str(KeyError('q')))
print(str(TypeError(None)), repr(TypeError(None)), repr(ZeroDivisionError('division by zero')))
print(ValueError('a') == ValueError('a'), type(ValueError('a')) is ValueError)

try:
    try:
        raise IndexError('inner')
    except KeyError:
        print('not reached')
except IndexError as e:
    print('outer caught', repr(e))
