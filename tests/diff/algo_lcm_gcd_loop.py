"""Iterative gcd/lcm of 1..n, staying below the 2**47 limit, plus coprime counts."""
def gcd(a, b):
    while b:
        t = a % b
        a = b
        b = t
    return a

l = 1
for n in range(1, 32):
    l = l // gcd(l, n) * n
    print(n, l)
def phi(n):
    c = 0
    for k in range(1, n + 1):
        if gcd(n, k) == 1:
            c += 1
    return c
for n in range(1, 31):
    print('phi', n, phi(n))
