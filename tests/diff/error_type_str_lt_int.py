"""'a' < 1 raises TypeError: '<' not supported between 'str' and 'int'."""
print('a' < 'b', 'a' == 1, 'a' != 1)
print('a' < 1)
