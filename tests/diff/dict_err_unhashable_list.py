"""Using a list as a dict key raises TypeError: unhashable type: 'list'."""
d = {(1, 2): 'tuple ok', 'a': 1}
print(d[(1, 2)])
d[[1, 2]] = 'list'
