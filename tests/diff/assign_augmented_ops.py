"""Augmented assignment with every operator on ints, floats and strs."""
x = 100
x += 5
print(x)
x -= 10
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 9
print(x)
x **= 3
print(x)
x /= 8
print(x)
x -= 0.125
print(x)
x //= 0.5
print(x)
x %= 3
print(x)
n = -17
n //= 5
print(n)
n = -17
n %= 5
print(n)
n = 17
n %= -5
print(n)
n = 3
n **= -2
print(n)
s = 'ab'
s += 'cd'
s *= 2
print(s)
b = True
b += True
print(b)
b = False
b *= 5
print(b)
f = 0.1
for i in range(9):
    f += 0.1
print(f)
k = 1
for i in range(15):
    k *= 3
    k -= 1
print(k)
