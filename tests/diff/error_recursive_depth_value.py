"""A ValueError raised at the bottom of a recursion (int of a bad string)."""
def down(n, s):
    print('down', n, s)
    if n == 0:
        return int(s)
    return down(n - 1, s + 'x')

print(down(0, '7'))
print(down(5, '1'))
