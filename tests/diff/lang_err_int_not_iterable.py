"""for over an int raises TypeError: 'int' object is not iterable."""
total = 0
for i in range(5):
    total += i
print(total)
for i in total:
    print(i)
