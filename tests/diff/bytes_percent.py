"""bytes % formatting: %s/%b take bytes, %r/%a give ascii repr, %c a byte, mapping keys are bytes."""
print(b'%d-%s' % (5, b'x'), b'%5s|%-4b|' % (b'ab', b'c'), b'%c%c' % (65, b'z'), b'%r %a' % ('\xe9', b'q'))
print(b'%x %o %05.1f %%' % (255, 8, 2.25), b'\xff%s' % (b'\xfe',), b'%(a)s' % {b'a': b'v'})
print(b'%s' % b'single', b'%i|%+d|% d' % (-3, 4, 5), b'%c' % 255, b'%.2s' % (b'abc',))
print(b'%s and %s' % (b'x', 2))
