"""Prime finding with while loops only (trial division sieve, no lists)."""
def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0:
        return False
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

n = 2
count = 0
line = ''
while n < 300:
    if is_prime(n):
        count += 1
        line = line + str(n) + ' '
    n += 1
print(line)
print('count below 300:', count)
n = 2
c = 0
while c < 1000:
    if is_prime(n):
        c += 1
    n += 1
print('1000th prime', n - 1)
big = 140737488355327
d = 2
factors = ''
while d * d <= big and d < 100000:
    while big % d == 0:
        factors = factors + str(d) + ' '
        big //= d
    d += 1
print('factors of 2**47-1:', factors + str(big))
twin = 0
p = 3
while p < 2000:
    if is_prime(p) and is_prime(p + 2):
        twin += 1
    p += 2
print('twin prime pairs below 2000:', twin)
