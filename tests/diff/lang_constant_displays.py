# Displays of constants: a tuple of literals is one static object (as a code object's
# constant in CPython); a list or set display of literals is built from one. Each list
# display still makes a new list every time it runs.


def same_in_two_functions():
    return (1, 'two', 3.0)


def same_in_another():
    return (1, 'two', 3.0)


a = (1, 2, 'x', None, True, 2.5, -3, (4, (5,)), -0.0)
b = (1, 2, 'x', None, True, 2.5, -3, (4, (5,)), -0.0)
print(a, a is b, len(a), a[7][1][0], hash(a) == hash(b), a == b)
print(same_in_two_functions() is same_in_two_functions(), same_in_two_functions() == same_in_another())

# Equal but not the same constants: types and the sign of zero tell them apart.
one, true, one_float = (1,), (True,), (1.0,)
print(one == true, one is true, one == one_float, one_float is one, (0.0,) == (-0.0,), (0.0,), (-0.0,))
print(type((1, True)[1]).__name__, type((1.0,)[0]).__name__)

# Big ints, bytes and other values are built at run time, beside constants.
print((10 ** 20, 1), (2 ** 63, -(2 ** 63)), ((1, 2), [3, 4]), (b'x', 1))

# A list display is a new list each time it runs.
for i in range(3):
    xs = [1, 2, 3]
    xs.append(i)
    print(xs, end=' ')
print()
rows = []
for i in range(2):
    rows.append([0, 0, 0])
rows[0][1] = 9
print(rows, [1, 2, 3] is [1, 2, 3], [1, 2, 3] == [1, 2, 3])

# Items of constant tables: arithmetic, keys, sorting, unpacking.
table = [(3, 'c', 0.5), (1, 'a', 1.5), (2, 'b', -2.5), (1, 'z', 0.0)]
total = 0
for number, name, weight in table:
    total += number * 2
print(total, sorted(table), max(table)[1], {t[1]: t[0] for t in table})
lookup = {(1, 2): 'one-two', (3, 4): 'three-four'}
print(lookup[(1, 2)], (3, 4) in lookup, (4, 3) in lookup)
primes = [2, 3, 5, 7, 11, 13]
print(sum(p * p for p in primes), primes[-1] + 1, primes.index(7), [p % 3 for p in primes])
flags = [True, False, None, 'x', 1.5]
print([bool(f) for f in flags], flags.count(None))
words = {'apple', 'banana', 'cherry', 'apple'}
print(sorted(words), len(words), 'banana' in words)
nested = ((((1,),),), ((2, 3),))
print(nested, nested[0][0][0][0] + nested[1][0][1])

# Dict displays of constants: a key given twice keeps its first place and its last value;
# 1, True and 1.0 are one key.
codes = {'a': 1, 'b': (2, 'two'), 'a': 3, 1: 'one', True: 'true', 1.0: 'float', (1, 2): None}
print(codes, len(codes), codes[(1, 2)], codes[True])
for i in range(2):
    fresh = {'x': 1, 'y': 2, 'z': 3}
    fresh['w'] = i
    print(fresh, end=' ')
print()

# A tuple constant is immutable and unchanged by what is done with it.
t = (1, 2, 3)
u = t + (4,)
v = t * 2
print(t, u, v, t[::-1], list(t), t.count(2), t.index(3))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    print(table[9])
except IndexError as e:
    print('IndexError:', e)
print((1, 2, 3)[5])
