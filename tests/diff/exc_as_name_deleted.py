"""The `as e` name is unbound after the except block, at module level and in functions."""
try:
    int('nope')
except ValueError as e:
    saved = e
    print('inside handler:', e)
try:
    print(e)
except NameError as err:
    print('after handler:', type(err).__name__, err)
print('saved copy survives:', repr(saved))

e = 'old value'
try:
    {}['key']
except KeyError as e:
    print('rebinding e to', repr(e))
try:
    print(e)
except NameError as err:
    print('old value gone too:', err)

e = 'untouched'
try:
    x = 1
except ValueError as e:
    print('not reached')
print('no exception, e keeps:', e)

def in_function(flag):
    try:
        if flag:
            raise IndexError('in function')
    except IndexError as exc:
        print('  handler sees', exc)
    try:
        return 'exc is ' + str(exc)
    except UnboundLocalError as err:
        return 'UnboundLocalError: ' + str(err)
    except NameError:
        return 'plain NameError'

print(in_function(True))
print(in_function(False))

def handler_deletes():
    try:
        1 / 0
    except ZeroDivisionError as z:
        print('  deleting z myself:', z)
        del z
    return 'no error from the implicit cleanup'
print(handler_deletes())

results = []
for i in range(3):
    try:
        [0][i]
    except IndexError as problem:
        results.append(str(problem))
print(results)
try:
    print(problem)
except NameError as err:
    print('loop handler name gone:', err)
