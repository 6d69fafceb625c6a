"""len(5) raises TypeError: object of type 'int' has no len()."""
print(len('abc'), len([1]), len({}), len(range(4)), len(b'xy'), len((1, 2)), len({1}))
print(len(5))
