"""int() of int, float, bool and strings with whitespace, signs, underscores."""
print(int(5), int(-5), int(True), int(False), int(0))
print(int(3.7), int(-3.7), int(0.9999), int(-0.9999), int(-0.0), int(1e14), int(-1e14))
print(int(2.5), int(3.5), int(-2.5), int(123456789.99), int(1.5e-7))
print(int('42'), int('-42'), int('+42'), int('  17  '), int('\t-8\n'), int('0'), int('-0'))
print(int('1_000'), int('1_000_000'), int('007'), int('000'), int(' +1_2_3 '))
print(int('140737488355327'), int('-140737488355327'))
print(int(float('1e10')), int(140737488355327.0), int(-2.0 ** 46))
x = 7.99
print(int(x) + 1, int(x * 10), int(-x * 10), int(x) // 2)
