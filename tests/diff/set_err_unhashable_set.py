"""A set inside a set raises TypeError: unhashable type: 'set'."""
s = {frozenset([1]), 2}
print(len(s), frozenset([1]) in s)
s.add({3})
