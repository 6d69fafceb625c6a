"""Sorting a list of str and int raises TypeError: '<' not supported between 'str' and 'int'."""
a = [3, 1, 2]
a.sort()
print(a)
b = [1, 'a', 2]
b.sort()
