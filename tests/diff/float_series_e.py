"""e by summing 1/k!, plus (1 + 1/n)**n and a harmonic series."""
e = 0.0
term = 1.0
for k in range(0, 20):
    if k > 0:
        term = term / k
    e += term
    print(k, term, e)
f = 1
s = 0.0
for k in range(17):
    if k > 0:
        f *= k
    s += 1 / f
print('int factorial sum', s, f)
n = 1
while n <= 10000000:
    print('compound', n, (1 + 1 / n) ** n)
    n *= 10
h = 0.0
for k in range(1, 1001):
    h += 1.0 / k
    if k % 200 == 0:
        print('harmonic', k, h)
g = 0.0
for k in range(1, 31):
    g += 0.5 ** k
print('geometric', g, 1 - g)
