"""Nested loops where break/continue affect only the innermost loop."""
for i in range(5):
    for j in range(5):
        if j > i:
            break
        print(i * j, end=' ')
    print('| row', i)
count = 0
for i in range(4):
    for j in range(4):
        for k in range(4):
            if k == j:
                continue
            if k > i:
                break
            count += 1
print('count', count)
i = 0
while i < 4:
    for j in range(10):
        if j == i:
            break
    else:
        print('never')
    print('i', i, 'j', j)
    i += 1
found = False
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 20:
            print('triple', a, b, c)
for i in range(3):
    for j in range(3):
        if i == j:
            continue
        print(i, j, sep='-', end=' ')
    print()
