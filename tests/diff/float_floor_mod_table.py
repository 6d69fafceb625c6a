"""Float // and % over a grid of signed fractional operands (sign follows divisor)."""
a = -3.0
while a <= 3.0:
    b = -1.5
    line = ''
    while b <= 1.5:
        if b != 0:
            line = line + str(a // b) + ',' + str(a % b) + '  '
        b += 0.75
    print(a, '|', line)
    a += 1.25
print(5.5 % 1e-3, -5.5 % 1e-3, 1e20 % 3.0, -1e20 % 7.0, 0.3 % 0.1, -0.3 // 0.1)
print(1e308 // 1e-308, -1e-308 // 1e308, 1e-308 % -1e308)
