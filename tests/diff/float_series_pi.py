"""Pi approximations by the Leibniz and Nilakantha series at several depths."""
s = 0.0
sign = 1.0
k = 0
while k < 20000:
    s += sign / (2 * k + 1)
    sign = -sign
    k += 1
    if k == 1 or k == 10 or k == 100 or k == 1000 or k == 20000:
        print('leibniz', k, 4 * s)
p = 3.0
sign = 1
for i in range(1, 51):
    a = 2 * i
    p += sign * 4.0 / (a * (a + 1) * (a + 2))
    sign = -sign
    if i <= 10 or i % 10 == 0:
        print('nilakantha', i, p)
w = 1.0
for n in range(1, 1001):
    w *= 4.0 * n * n / (4.0 * n * n - 1)
print('wallis', 2 * w)
