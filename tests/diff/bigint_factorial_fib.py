"""Factorials up to 100 and fibonacci up to 300 with big ints."""
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r

def fib(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a

for n in [0, 1, 5, 20, 21, 25, 30, 50, 100]:
    print(n, fact(n))
for n in [0, 1, 2, 50, 90, 92, 93, 94, 100, 200, 300]:
    print(n, fib(n))
f = fact(100)
z = 0
while f % 10 == 0:
    f //= 10
    z += 1
print('trailing zeros', z, len(str(fact(100))))
print(fact(30) // fact(28), fact(52) // (fact(5) * fact(47)))
print(fib(300) % 1000000007, fib(300) // fib(299), fib(150) * fib(150) - fib(149) * fib(151))
digits = str(fib(300))
total = 0
for ch in digits:
    total += int(ch)
print(len(digits), total)
