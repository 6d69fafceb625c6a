"""Integer square root by Newton's method, checked against neighbours."""
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = n // 2 + n % 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def check(n):
    r = isqrt(n)
    ok = r * r <= n and n // (r + 1) < r + 1
    print(n, r, ok)

for n in range(0, 30):
    check(n)
check(99)
check(100)
check(101)
check(123456789)
check(1000000007)
check(99999999999999)
check(140737488355327)
check(140737488355326)
check(70368744177664)
def fsqrt(x):
    g = x / 2
    if g == 0:
        return 0.0
    i = 0
    while i < 60:
        g = (g + x / g) / 2
        i += 1
    return g
for v in range(1, 11):
    print(v, fsqrt(v * 1.0), fsqrt(v * 1.0) == v ** 0.5)
print(fsqrt(2.0), fsqrt(1e10), fsqrt(0.0001), fsqrt(0.0))
