"""list.remove of an absent value raises ValueError: list.remove(x): x not in list."""
a = [1, 2, 1, 3]
a.remove(1)
print(a)
a.remove(1)
print(a)
a.remove(1)
