"""Exceptions raised by builtins and operators, with their exact messages."""
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, '|', e, '|', repr(e))

attempt('int div', lambda: 7 // 0)
attempt('int mod', lambda: 7 % 0)
attempt('true div', lambda: 7 / 0)
attempt('float div', lambda: 7.5 / 0.0)
attempt('zero pow', lambda: 0 ** -1)
attempt('key str', lambda: {'a': 1}['zz'])
attempt('key int', lambda: {1: 2}[3])
attempt('key tuple', lambda: {}[(1, 'b')])
attempt('key quote', lambda: {}["it's"])
attempt('dict pop', lambda: {}.pop('p'))
attempt('list idx', lambda: [1, 2, 3][3])
attempt('tuple idx', lambda: (1,)[1])
attempt('str idx', lambda: 'ab'[2])
attempt('list pop', lambda: [].pop())
attempt('int x', lambda: int('x'))
attempt('int empty', lambda: int(''))
attempt('float x', lambda: float('x'))
attempt('list index', lambda: [1, 2].index(5))
attempt('str index', lambda: 'abc'.index('z'))
attempt('list remove', lambda: [1].remove(2))
attempt('unpack', lambda: [a for a, b in [(1, 2, 3)]])
attempt('str plus int', lambda: 'a' + 1)
attempt('int plus str', lambda: 1 + 'a')
attempt('lt', lambda: 1 < 'a')
attempt('len int', lambda: len(5))
attempt('not iterable', lambda: list(5))
five = 5
attempt('not callable', lambda: five())
attempt('str item', lambda: 'abc'[str(five)])
attempt('unhashable', lambda: {[1]: 2})
attempt('neg str', lambda: -'a')
attempt('float big', lambda: float(10 ** 400))
attempt('float pow', lambda: 10.0 ** 400)
attempt('int inf', lambda: int(float('inf')))
attempt('chr', lambda: chr(-1))
attempt('name', lambda: no_such_name)
it = iter([10])
attempt('next 1', lambda: next(it))
attempt('next 2', lambda: next(it))
attempt('next default', lambda: next(it, 'dflt'))

def unbound():
    print(v)
    v = 1
attempt('unbound', unbound)
try:
    unbound()
except NameError as e:
    print('UnboundLocalError caught as NameError:', type(e).__name__, isinstance(e, NameError))
