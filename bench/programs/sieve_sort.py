"""Lists: a sieve of Eratosthenes, then sorting the primes under a key and slicing."""


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(n + 1) if flags[k]]


primes = sieve(2000000)
print(len(primes), primes[-1])
by_last_digit = sorted(primes, key=lambda p: (p % 10, -p))
print(by_last_digit[:3], by_last_digit[-3:])
squares = [p * p % 1000003 for p in primes]
squares.sort()
print(squares[:5], sum(squares[::1000]))
