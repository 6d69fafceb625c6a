"""1 + 'a' raises TypeError: unsupported operand type(s) for +: 'int' and 'str'."""
print(1 + 2, 1 + 2.5, True + 1)
print(1 + 'a')
