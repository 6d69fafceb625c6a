"""for loops over range with 1, 2 and 3 args, negative steps, empty ranges."""
for i in range(5):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
for i in range(-3):
    print('never')
for i in range(2, 7):
    print(i, end=' ')
print()
for i in range(7, 2):
    print('never')
for i in range(-5, -1):
    print(i, end=' ')
print()
for i in range(0, 20, 3):
    print(i, end=' ')
print()
for i in range(10, 0, -1):
    print(i, end=' ')
print()
for i in range(10, -11, -4):
    print(i, end=' ')
print()
for i in range(0, 10, -1):
    print('never')
for i in range(5, 5):
    print('never')
for i in range(-10, 10, 7):
    print(i, end=' ')
print()
for step in range(1, 5):
    print('step', step, ':', end=' ')
    for i in range(0, 10, step):
        print(i, end=' ')
    print()
for step in range(-1, -4, -1):
    print('step', step, ':', end=' ')
    for i in range(6, -6, step):
        print(i, end=' ')
    print()
for i in range(True, 4):
    print(i, end=' ')
print()
for i in range(140737488355319, 140737488355327, 2):
    print(i, end=' ')
print()
for i in range(3):
    i = i * 10
    print(i, end=' ')
print()
print('i after loop', i)
total = 0
for i in range(1, 101):
    total += i
print('sum 1..100', total)
for i in range(3):
    pass
print(i)
for i in range(5):
    if i == 10:
        break
else:
    print('for else ran')
for i in range(5):
    if i == 2:
        break
else:
    print('never')
print('broke at', i)
for i in range(0):
    pass
else:
    print('else on empty for')
