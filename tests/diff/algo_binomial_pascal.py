"""Binomial coefficients (Pascal rows) via multiplicative formula, within int limit."""
def binom(n, k):
    if k < 0 or k > n:
        return 0
    if k > n - k:
        k = n - k
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r

for n in range(0, 13):
    row = ''
    for k in range(0, n + 1):
        row = row + str(binom(n, k)) + ' '
    print(row)
print(binom(40, 20), binom(60, 10), binom(45, 22), binom(100, 7), binom(10, -1), binom(10, 11))
total = 0
for k in range(31):
    total += binom(30, k)
print(total, total == 2 ** 30)
