"""generator expressions into sum/any/all/min/max/sorted/list/tuple/set/join; short-circuit."""
def check(x):
    print('check', x)
    return x > 2

print(sum(i for i in range(10)), sum(i * i for i in range(5)), sum((i for i in [1.5, 2.5]), 10))
print(sum([[1], [2]], []), sum([], 5), sum(range(4), -6), sum([0.1] * 10), sum((True, True, 1)))
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [5, 1, 3]))
print(any(check(x) for x in []), all(check(x) for x in []))
print(any([0, '', None]), all([1, 'a', [0]]), any(x > 8 for x in range(10)), all(x < 5 for x in range(5)))
print(min(x % 7 for x in range(10, 20)), max(len(w) for w in 'a bb ccc dd'.split()))
print(sorted(x % 5 for x in range(12)), list(c.upper() for c in 'abc'), tuple(i for i in range(3)))
print(set(i % 3 for i in range(10)), ''.join(c * 2 for c in 'xyz'), '-'.join(str(i) for i in range(5)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0), dict((i, i * 2) for i in range(3)))
g = iter([i * 10 for i in range(3)])
print(list(g), list(g))
nested = sum(sum(j for j in range(i)) for i in range(5))
print(nested, max((x for x in [3, 1, 2]), default=0), min((x for x in []), default='none'))
