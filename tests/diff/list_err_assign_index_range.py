"""Assigning past the end of a list raises IndexError: list assignment index out of range."""
a = [0, 0]
a[1] = 5
a[-2] = 4
print(a)
a[2] = 6
