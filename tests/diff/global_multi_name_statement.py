"""A single `global a, b, c` statement declaring several names at once."""
a = 1
b = 2.5
c = 'x'

def change(n):
    global a, b, c
    a = a + n
    b = b * n
    c = c * n

print(a, b, c)
change(2)
print(a, b, c)
change(3)
print(a, b, c)
