"""Assigning to a tuple item raises TypeError: 'tuple' object does not support item assignment."""
t = (1, [2], 3)
t[1][0] = 20
print(t)
t[0] = 10
