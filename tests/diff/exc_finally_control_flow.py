"""finally runs on return, break and continue from try and except; return in finally overrides."""
def ret_in_try():
    try:
        return 'try-value'
    finally:
        print('  finally after return in try')

def ret_in_except():
    try:
        {}['x']
    except KeyError:
        return 'except-value'
    finally:
        print('  finally after return in except')

def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'

def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'

def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 99
        print('  finally sets x to', x)

for f in [ret_in_try, ret_in_except, finally_overrides, finally_swallows, finally_sees_value]:
    print(f())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('loop 1 done')

for i in range(6):
    try:
        if i % 2 == 0:
            raise ValueError(i)
        print('odd', i)
    except ValueError as e:
        if e.args[0] == 4:
            break
        print('caught', e)
        continue
    finally:
        print('fin', i)
    print('tail', i)
print('loop 2 done, i =', i)

