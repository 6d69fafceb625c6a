"""bytes % with a str argument for %s is a TypeError naming the type."""
print(b'%s' % (b'ok',))
print(b'%s' % ('text',))
