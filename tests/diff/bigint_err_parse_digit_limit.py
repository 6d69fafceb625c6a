"""int() of a 5000-digit string raises ValueError about the digit limit."""
s = '7' * 4300
print(int(s) % 1000, len(s))
print(int('1' * 5000, 16) % 1000)
print(int('1' * 5000) % 1000)
