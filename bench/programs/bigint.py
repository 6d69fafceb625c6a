"""Big ints: factorials and digits of pi (Machin's formula in fixed point)."""


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def arctan_inverse(x, digits):
    """arctan(1/x) scaled by 10**digits."""
    power = 10 ** digits // x
    total = power
    x2 = x * x
    n = 3
    sign = -1
    while power:
        power //= x2
        total += sign * (power // n)
        sign = -sign
        n += 2
    return total


def pi_digits(digits):
    guard = 10
    scaled = 4 * (4 * arctan_inverse(5, digits + guard) - arctan_inverse(239, digits + guard))
    return scaled // 10 ** guard


# Enough work that CPython's run is well above its start-up time (one factorial and one
# pi took it about 10 ms, within the noise of bench/run.py's baseline).
for n in range(500, 1501, 25):
    f = factorial(n)
print(len(str(f)), f % 1000000007)
for rep in range(4):
    for digits in range(1000, 4001, 250):
        p = pi_digits(digits)
text = str(p)
print(text[:20], text[-20:])
