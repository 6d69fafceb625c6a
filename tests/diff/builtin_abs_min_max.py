"""abs/min/max on mixed ints and floats, ties returning the first argument."""
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(3.0), abs(-140737488355327))
print(abs(float('-inf')), abs(float('nan')), abs(-1e-320), abs(True), abs(-False))
print(max(1, 1.0), max(1.0, 1), min(1, 1.0), min(1.0, 1), max(0, -0.0), max(-0.0, 0))
print(min(0, -0.0), min(-0.0, 0), max(True, 1), max(1, True), min(False, 0), min(0, False))
print(max(3, 7, 2), min(3, 7, 2), max(-1, -5, -3), min(-1, -5, -3))
print(max(2, 2.5), min(2, 2.5), max(2.5, 3), min(-2.5, -3), max(1, 2, 3.0, 3), min(4, 1.0, 1, 2))
print(max('a', 'b'), min('a', 'b'), max('abc', 'abd', 'ab'), min('b', 'ab', 'abc'), max('', 'x'))
print(max('é', 'z', 'e'), min('日本', '日', 'z'))
print(max(5, float('nan')), max(float('nan'), 5), min(5, float('nan')), min(float('nan'), 5))
print(max(float('inf'), 140737488355327), min(float('-inf'), -1e308), max(True, False, 0))
print(max(abs(-3), abs(2), abs(-7.5)), min(abs(-3), 3.0), max(min(1, 2), min(3, 0)))
a = 10
b = -20
c = 15.5
print(max(a, b, c), min(a, b, c), abs(b) + abs(c), max(a, b) - min(a, b))
i = -3
while i <= 3:
    print(i, abs(i), max(i, 0), min(i, 0), max(i, -i), min(i * 1.0, i))
    i += 1
