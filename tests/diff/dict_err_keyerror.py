"""d['missing'] raises KeyError: 'missing'."""
d = {'present': 1, 'other': 2}
print(d['present'], d.get('missing'), 'missing' in d)
print(d['missing'])
