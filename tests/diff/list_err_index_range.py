"""Reading past the end of a list raises IndexError: list index out of range."""
a = [1, 2, 3]
print(a[2], a[-3], a[5:], a[-9:1])
print(a[3])
