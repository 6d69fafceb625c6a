"""format specs for floats: e E f F g G % with precisions, extremes, ties, inf/nan."""
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 123456.789, 1e-7, 1.5e-300,
        6.02e23, 1e16, 12345678901234567.0, 5e-324, 1.7976931348623157e308, 0.5, 100.0]
specs = ['', 'e', '.3e', 'E', 'f', '.0f', '.2f', '.10f', 'F', 'g', '.3g', '.10g', 'G', '#g',
         '%', '.1%', '+.2f', ' .1e', '12.3f', '<12.2e', '^12g', '012.3f', ',.2f', '_.1f', '.0e', '#.0f']
for v in vals:
    out = []
    for s in specs:
        out.append(format(v, s))
    print('|'.join(out))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(format(v, ''), format(v, 'f'), format(v, 'E'), format(v, 'G'), format(v, '%'), format(v, '+08.2f'), format(v, '^9'))
print(format(0.125, '.2f'), format(0.375, '.2f'), format(2.675, '.2f'), format(1.005, '.2f'), format(0.5, '.0f'))
print(format(1.5, '.0f'), format(2.5, '.0f'), format(-2.5, '.0f'), format(0.045, '.2f'), format(1.25, '.1f'))
print(format(1e22, 'f'), format(1e22, 'g'), format(1e-5, 'g'), format(1e-4, 'g'), format(123456, 'g'), format(1234567.0, 'g'))
print(format(0.0001234, '.2g'), format(99999.5, '.5g'), format(9.9999, '.3g'), format(1e100, '.0e'), format(1/3, '.17g'))
print(format(2 ** 0.5, '.50f'))
print(format(5e-324, '.3e'), format(1.0, '.0%'), format(0.000001, '%'), format(123.456, '.2'), format(1e300 * 10, '.1f'))
