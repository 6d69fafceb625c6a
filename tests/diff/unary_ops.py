"""Unary minus, plus and not on ints, floats, bools and nested forms."""
for v in range(-3, 4):
    print(v, -v, +v, not v, - -v, -(-v), not not v)
print(-0, +0, -0.0, +(-0.0), -(+0.0), -1.5, +1.5, - -1.5)
print(-True, +True, -False, +False, not True, not False)
print(-float('inf'), +float('-inf'), -float('nan'), -(1e308 * 10))
x = 5
x = -x
print(x)
x = -x * -x
print(x)
print(- 140737488355327, -(-140737488355327))
