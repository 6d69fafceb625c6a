"""del of an absent tuple key raises KeyError: (1, 2)."""
d = {(1, 2): 'a', (2, 1): 'b'}
del d[(1, 2)]
print(d, d.pop((5, 5), None))
del d[(1, 2)]
