"""'a' + 1 raises TypeError: can only concatenate str (not "int") to str."""
s = 'a'
for i in range(3):
    s = s + str(i)
    print(s)
print(s + 1)
