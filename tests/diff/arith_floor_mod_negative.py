"""Floor division and modulo of negative ints follow floor semantics."""
for a in range(-10, 11):
    print(a, a // 3, a % 3, a // -3, a % -3, (a // 3) * 3 + a % 3 == a, (a // -3) * -3 + a % -3 == a)
print((-8) // 3, -8 // 3, -(8 // 3))
print(7 // -2, -7 % 3, 7 % -3, -7 % -3)
print(-1 // 1000000, -1 % 1000000)
print(1 // -1000000, 1 % -1000000)
