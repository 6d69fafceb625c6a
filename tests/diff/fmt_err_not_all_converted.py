"""'%d' % (1, 2) raises TypeError: not all arguments converted during string formatting."""
print('%d' % (1,), '%d %d' % (1, 2), '%s' % [1, 2], '%%' % ())
print('%d' % (1, 2))
