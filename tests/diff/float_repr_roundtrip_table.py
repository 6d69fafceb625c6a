"""Table of reprs for k/10^d and products that stress shortest round-trip output."""
d = 1
while d <= 10:
    den = 10.0 ** d
    print(d, 1 / den, 3 / den, 7 / den, 9.5 / den, 1 + 1 / den)
    d += 1
k = 1
while k <= 30:
    print(k, k / 10, k * 0.1, k / 3, k * 1.1, k * 1e15, k * 1e-6)
    k += 1
