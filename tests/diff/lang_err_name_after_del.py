"""Using a name after del raises NameError: name 'x' is not defined."""
x = [1, 2]
y = x
del x
print(y)
print(x)
