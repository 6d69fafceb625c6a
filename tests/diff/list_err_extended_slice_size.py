"""Extended slice assignment of wrong length raises ValueError about sequence sizes."""
a = [0, 1, 2, 3]
a[::2] = ['a', 'b']
print(a)
a[1:3] = [7, 8, 9]
print(a)
a[::3] = [1, 2, 3]
