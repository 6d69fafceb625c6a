"""int('') raises ValueError: invalid literal for int() with base 10: ''."""
s = ''
for i in range(3):
    s = s + str(i)
    print(int(s) * 2)
print(int(''))
