"""Adding keys while iterating raises RuntimeError: dictionary changed size during iteration."""
d = {1: 'a', 2: 'b'}
for k in d:
    d[k] = d[k] * 2
print(d)
for k in d:
    print('visiting', k)
    d[k + 10] = 'new'
