"""'a' * 1.5 raises TypeError: can't multiply sequence by non-int of type 'float'."""
print('a' * 2, 'a' * True, 'b' * -1 + '|')
print('a' * 1.5)
