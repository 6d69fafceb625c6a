"""bool() conversions and bools in arithmetic and printing."""
print(bool(0), bool(1), bool(-3), bool(0.0), bool(-0.0), bool(0.001))
print(bool(''), bool('a'), bool(' '), bool('False'), bool(None), bool(True), bool(False))
print(bool(float('nan')), bool(float('-inf')), bool(1e-323), bool(5e-324 / 2))
print(bool(1) + bool(2) + bool(0), bool('x') * 10, -bool(1), bool(3) / 2)
print(int(bool(5)), float(bool(5)), str(bool(5)), bool(str(False)), bool(int('0')))
print(True, False, True == 1, False == 0.0, True == True, True != False)
c = 0
i = -5
while i <= 5:
    c += bool(i % 2)
    i += 1
print('odd count', c)
print(max(True, 0), min(False, 0), max(True, 1), abs(True), abs(False), abs(-True))
