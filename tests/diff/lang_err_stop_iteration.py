"""next() on an exhausted iterator without default raises StopIteration."""
it = iter([1, 2])
print(next(it), next(it), next(it, 'dflt'))
print(next(it))
