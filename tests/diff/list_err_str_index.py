"""Indexing a list with a str raises TypeError: list indices must be integers or slices, not str."""
a = ['x', 'y']
print(a[True], a[False], a[0:1])
print(a['0'])
