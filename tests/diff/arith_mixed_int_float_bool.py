"""Mixed int, float and bool arithmetic results and their types as printed."""
print(True + 1, True + True, False - 1, True * 7, True / 2, True // 2, True % 2)
print(3 / 2, 4 / 2, 1 / 3, -1 / 3, 10 / 4)
print(1 + 2.0, 2.0 + 1, 3 * 1.5, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5)
print(True + 0.5, False * 2.5, 2.5 - True, 1.5 / True)
print(7.5 % -2, -7.5 % 2, 7 // -2.0, 7.0 // -2)
print(10 - 0.1, 3 * 0.1, 0.1 * 3, 1 - 0.9)
print(2 * True * 3.0, (True + True) ** 3, True ** False)
print(-True, +True, -False, +False, -(-3), +(-3), -0.0, +0.0, -(0.0))
x = 5
x += True
print(x)
x *= 1.5
print(x)
x //= 2
print(x)
x %= 2.5
print(x)
x -= 0.25
print(x)
y = 10
y /= 4
print(y)
y **= 2
print(y)
