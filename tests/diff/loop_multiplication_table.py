"""Nested for loops printing a multiplication table and a triangle."""
for i in range(1, 10):
    line = ''
    for j in range(1, 10):
        p = i * j
        if p < 10:
            line = line + ' '
        line = line + ' ' + str(p)
    print(line)
for i in range(1, 6):
    print(' ' * (5 - i) + '*' * (2 * i - 1))
for i in range(5, 0, -1):
    print('#' * i + '.' * (5 - i))
