"""Early returns from inside for/while loops, nested loops included."""
def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    return n

def find_pair(target):
    for a in range(1, 20):
        for b in range(a, 20):
            if a * b == target:
                return a * 100 + b
    return -1

def count_until(limit):
    i = 0
    while True:
        i += 1
        if i * i > limit:
            return i
        if i > 1000:
            return -1

def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0

for n in range(2, 30):
    print(n, first_divisor(n), end=' | ')
print()
for t in range(10, 60, 7):
    print(t, find_pair(t))
print(find_pair(397))
for lim in range(0, 100, 13):
    print(lim, count_until(lim))
print(sign(-5), sign(0), sign(3.5), sign(-0.0), sign(float('-inf')))
