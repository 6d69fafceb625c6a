"""set.remove of an absent element raises KeyError: 42."""
s = {1, 2, 42}
s.remove(42)
s.discard(42)
print(s)
s.remove(42)
