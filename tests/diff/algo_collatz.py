"""Collatz sequences: step counts, peaks, and one full printed trajectory."""
def steps(n):
    s = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        s += 1
    return s

def peak(n):
    p = n
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        p = max(p, n)
    return p

n = 27
line = ''
while n != 1:
    line = line + str(n) + ' '
    if n % 2 == 0:
        n //= 2
    else:
        n = n * 3 + 1
print(line + '1')
best = 0
best_n = 0
for i in range(1, 1000):
    s = steps(i)
    if s > best:
        best = s
        best_n = i
        print('new record', i, s, peak(i))
print('best under 1000', best_n, best)
print(steps(837799), peak(837799), steps(63728127), peak(63728127))
