"""Float repr of accumulated sums and repeated multiplications/divisions."""
s = 0.0
i = 0
while i < 20:
    s += 0.1
    i += 1
    print(i, s)
x = 1.0
for k in range(25):
    x = x / 10
    print(k, x)
y = 1.0
for k in range(25):
    y = y * 10
    print(k, y)
z = 1.0
for k in range(12):
    z = z * 7.0 / 3.0
    print(k, z, -z, 1 / z)
