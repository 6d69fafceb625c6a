"""Order of try/except/else/finally, nested try statements and exceptions inside handlers."""
log = []

def run(mode):
    log.clear()
    try:
        log.append('try')
        if mode == 'value': raise ValueError('v')
        if mode == 'key': raise KeyError('k')
        log.append('try-end')
    except ValueError:
        log.append('except-value')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return ' '.join(log)

print(run('none')); print(run('value'))
try:
    print(run('key'))
except KeyError as e:
    print('propagated', repr(e), ' '.join(log))

def handler_raises():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            print('inner handler got', e)
            int('bad')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer got', type(e).__name__, '| context:', repr(e.__context__))
    finally:
        print('outer finally')
handler_raises()

def else_raises():
    try:
        x = 1
    except IndexError:
        print('not reached: else errors are not caught by this try')
    else:
        print('else runs, x =', x)
        [][x]
    finally:
        print('finally after failing else')
try:
    else_raises()
except IndexError as e:
    print('else error escaped:', e)

for depth in range(3):
    try:
        try:
            try:
                if depth == 0: raise IndexError('d0')
                if depth == 1: raise KeyError('d1')
                raise ZeroDivisionError('d2')
            except IndexError as e:
                print('level 3 caught', e)
        except KeyError as e:
            print('level 2 caught', e)
    except ArithmeticError as e:
        print('level 1 caught', e)
