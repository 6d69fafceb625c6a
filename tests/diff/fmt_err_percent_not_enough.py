"""'%s %s' % ('a',) raises TypeError: not enough arguments for format string."""
print('%s %s' % ('a', 'b'), '%s' % ('a',), '%(k)s' % {'k': 'v'})
print('%s %s' % ('a',))
