"""Recursive fib, factorial, gcd, small Ackermann, power and digit sums."""
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def ipow(b, e):
    if e == 0:
        return 1
    half = ipow(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b

def digsum(n):
    if n < 10:
        return n
    return n % 10 + digsum(n // 10)

for i in range(18):
    print('fib', i, fib(i))
for i in range(17):
    print('fact', i, fact(i))
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(9, 0), gcd(1071, 462), gcd(-12, 8), gcd(12, -8))
for m in range(3):
    for n in range(4):
        print('ack', m, n, ack(m, n))
print(ack(3, 3))
print(ipow(3, 29), ipow(2, 46), ipow(-5, 19), ipow(10, 14), ipow(2.5, 7))
print(digsum(140737488355327), digsum(0), digsum(99999))
