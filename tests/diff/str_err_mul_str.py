"""'a' * 'b' raises TypeError: can't multiply sequence by non-int of type 'str'."""
print('a' * 3, 3 * 'ab', 'x' * 0, 'y' * -2, 'é' * True)
print('a' * 'b')
