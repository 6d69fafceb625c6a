"""while loops with break, continue and else clauses."""
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print('i', i)
else:
    print('else ran, i =', i)
j = 0
while j < 10:
    if j == 4:
        print('break at', j)
        break
    j += 1
else:
    print('not printed')
print('after', j)
k = 10
while k < 5:
    print('never')
else:
    print('else of empty while')
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    print('odd', n)
print('n', n)
a = 0
while a < 3:
    b = 0
    while b < 3:
        if b == a:
            b += 1
            continue
        print(a, b, end='; ')
        b += 1
    else:
        print('inner else', a)
    a += 1
else:
    print('outer else')
x = 5
while x:
    x -= 1
    if x == 2:
        break
else:
    print('no')
print('x', x)
