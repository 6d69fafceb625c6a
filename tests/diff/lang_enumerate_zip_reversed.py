"""enumerate with start, zip of 3 and of unequal lengths, reversed over sequences."""
for i, c in enumerate('abc'):
    print(i, c, end='; ')
print()
print(list(enumerate(['x', 'y'], 1)), list(enumerate('é日', -1)), list(enumerate([], 5)), list(enumerate(range(2), start=10)))
print(list(zip([1, 2, 3], 'abc', (True, False, None))), list(zip(range(5), 'ab')), list(zip()), list(zip([1])))
print(list(zip('abcd', [1, 2], range(100))), dict(zip(['k1', 'k2'], [[1], [2]])))
for a, b, c in zip(range(3), range(10, 13), range(20, 23)):
    print(a + b + c, end=' ')
print()
print(list(reversed([1, 2, 3])), list(reversed('héllo')), list(reversed((1,))), list(reversed(range(0, 10, 3))))
print(''.join(reversed('日本語')), list(reversed([])), list(reversed({'a': 1, 'b': 2})), list(reversed(b'ab')))
pairs = list(zip('ab', [1, 2]))
letters, numbers = tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)
print(letters, numbers)
for i, (a, b) in enumerate(zip('xy', 'pq'), 100):
    print(i, a, b)
e = enumerate('ab')
print(next(e), next(e), next(e, 'done'))
