"""-'a' raises TypeError: bad operand type for unary -: 'str'."""
s = 'a'
print(-1, -True, -0.0, s)
print(-s)
