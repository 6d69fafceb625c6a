"""An exception raised inside a finally block is uncaught, replacing the one in flight."""
def cleanup(step):
    print('cleanup', step)
    if step == 'late':
        raise ValueError('cleanup failed at ' + step)

def work(step, fail):
    try:
        print('work', step)
        if fail:
            return [1, 2][5]
        return step.upper()
    finally:
        cleanup(step)

print(work('first', False))
try:
    work('second', True)
except IndexError as e:
    print('caught:', e)
try:
    work('late', False)
except ValueError as e:
    print('caught:', e, '| context:', repr(e.__context__))
print(work('late', True))
print('not reached')
