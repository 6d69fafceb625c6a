"""Divisor sums, perfect and abundant numbers, and amicable pairs under 1500."""
def divsum(n):
    if n < 2:
        return 0
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return s

abundant = 0
for n in range(1, 1500):
    s = divsum(n)
    if s == n:
        print('perfect', n)
    elif s > n:
        abundant += 1
    if s > n and s < 1500 and divsum(s) == n:
        print('amicable', n, s)
print('abundant count', abundant)
for n in range(1, 25):
    print(n, divsum(n), end='; ')
print()
print(divsum(33550336) == 33550336, divsum(8589869056) == 8589869056)
