"""Count primes below a bound by trial division in while loops."""


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit):
    count = 0
    n = 0
    while n < limit:
        if is_prime(n):
            count += 1
        n += 1
    return count


print(count_primes(600000))
