"""popitem until empty, then KeyError: 'popitem(): dictionary is empty'."""
d = {'x': 1, 'y': 2, 'z': 3}
while len(d) > 0:
    print(d.popitem())
print(d)
d.popitem()
