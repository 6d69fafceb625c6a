"""`raise ... from ...` is uncaught: the direct cause is printed before the final exception."""
def to_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('bad number: ' + s) from e

def total(items):
    t = 0
    for s in items:
        t += to_int(s)
        print('running total', t)
    return t

print(total(['1', '2', '3']))
try:
    total(['4', 'five'])
except TypeError as e:
    print('caught:', e, '| cause:', repr(e.__cause__))
print(total(['10', '20', 'thirty', '40']))
print('not reached')
