"""str(10**5000) raises ValueError about the 4300-digit conversion limit."""
big = 10 ** 5000
print(len(hex(big)), big % 1000007, len(str(10 ** 4299)))
print(str(big))
