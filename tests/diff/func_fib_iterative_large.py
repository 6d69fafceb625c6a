"""Iterative Fibonacci up to F(68), close to the 2**47 limit, and ratios."""
a = 0
b = 1
for i in range(68):
    if a:
        print(i, a, b / a)
    else:
        print(i, a, 'n/a')
    c = a + b
    a = b
    b = c
print('last', a)
