"""Float repr near exponent switch points, overflow, underflow and subnormals."""
print(1e15, 1e16, 9.999999999999999e15, 1.0000000000000001e16, 123456789012345.6)
print(0.0001, 0.00009999, 0.0001 / 10, 1e-4 * 1.5, 0.00012345678901234)
print(1.7976931348623157e308 * 10, -1.7976931348623157e308 * 10, 1e308 + 1e308)
print(5e-324, 5e-324 / 2, 1e-323, 2.5e-323, 4.9406564584124654e-324, 1e-310)
print(2.2250738585072014e-308 / 2, 2.2250738585072014e-308 * 2)
inf = float('inf')
nan = inf - inf
print(inf, -inf, nan, inf * 0, inf + 1, inf / 1e308, -inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, -nan, abs(nan), inf - 1e308, inf * -0.5)
x = 1.0
n = 0
while x * 2 != inf:
    x = x * 2
    n += 1
print(n, x)
x = 1.0
n = 0
while x / 2 != 0.0:
    x = x / 2
    n += 1
print(n, x)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1.0, 2.0 ** 53 - 1, 0.1 * 0.1, 1e-16 + 1)
print(float(90071992547409), float(140737488355327) * 64, float(12345678901234))
print(-1e-7, -1.5e-07, -123e300, -0.1, 1e0, 1e1, 1e-1, 1.5e16, 1.5e15)
