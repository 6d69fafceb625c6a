"""range(1.5) in a for loop raises TypeError: 'float' object cannot be interpreted."""
n = 3.0
print(int(n), n / 2)
for i in range(int(n)):
    print(i)
for i in range(n / 2):
    print(i)
