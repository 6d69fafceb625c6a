"""Exceptions raised inside comprehensions and lambdas, caught by the caller."""
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None

print([safe_div(12, b) for b in [1, 2, 0, 3, 0, 4]])

result = 'unchanged'
try:
    result = [12 // b for b in [1, 2, 0, 3]]
except ZeroDivisionError as e:
    print('listcomp raised:', e)
print('result is', result)

try:
    d = {k: int(k) for k in ['1', '2', 'three']}
except ValueError as e:
    print('dictcomp raised:', e)

try:
    rows = [[r * c for c in range(3)] + [[0, 1][r]] for r in range(4)]
except IndexError as e:
    print('nested listcomp raised:', e)

data = {'a': 1, 'b': 2}
get = lambda k: data[k]
def apply_all(f, items):
    out = []
    for it in items:
        try:
            out.append(f(it))
        except LookupError as e:
            out.append('missing ' + str(e))
    return out
print(apply_all(get, ['a', 'z', 'b']))
print(apply_all(lambda i: [10, 20][i], [0, 1, 2, -1, -3]))

def call_twice(f):
    return f(1) + f(0)
try:
    print(call_twice(lambda x: 10 / x))
except ZeroDivisionError as e:
    print('lambda via call_twice:', e)

words = ['10', '7', 'x', '3']
try:
    print(sorted(words, key=lambda w: int(w)))
except ValueError as e:
    print('sort key raised:', e)
print(sorted(words, key=lambda w: (not w.isdigit(), w)))

try:
    total = sum([len(w) + w for w in words])
except TypeError as e:
    print('listcomp TypeError:', e)

checks = [(lambda v: v > 0), (lambda v: 1 // v), (lambda v: 'n' + v)]
for v in [2, 0]:
    for i, c in enumerate(checks):
        try:
            print(v, i, c(v))
        except (ZeroDivisionError, TypeError) as e:
            print(v, i, type(e).__name__, e)
