"""A float series: pi by the Leibniz series, and by Nilakantha's."""


def leibniz(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def nilakantha(terms):
    total = 3.0
    sign = 1.0
    for k in range(1, terms):
        n = 2.0 * k
        total += sign * 4.0 / (n * (n + 1.0) * (n + 2.0))
        sign = -sign
    return total


print(leibniz(5000000))
print(nilakantha(2000000))
