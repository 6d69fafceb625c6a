"""str() of ints, floats, bools, None and strings; concatenation of results."""
print(str(0), str(-5), str(140737488355327), str(True), str(False), str(None))
print(str(1.0), str(-0.0), str(0.1), str(1e16), str(1e-5), str(1.5e-7), str(float('nan')))
print(str('abc'), str(''), str('héllo'), str(str(12)))
print(str(12) + str(3.5) + str(None) + str(True))
print(str(1) == '1', str(1.0) == '1.0', str(1) == str(True), str(0) < str(-1))
s = ''
i = 0
while i < 6:
    s = s + str(i * 1.5) + ','
    i += 1
print(s)
print(str(10 ** 14) + '!', str(-10.0 ** 15), str(10.0 ** 16), str(2 ** 0.5))
print(str(int('  -0012 ')), str(float(' 1e3 ')), str(bool('x')), str(bool(0)))
print(str(3 == 3.0) + str(1 < 0))
