"""bytes literals with escapes, indexing to ints, slicing, len, iteration, + * in ==, repr, hex."""
b = b'hello\x00\xff\n\t\\\'"'
print(b, len(b), b[0], b[-1], b[5], b[6], b[1:4], b[::-1], b[::3], b[100:])
for x in b'AZaz09':
    print(x, end=' ')
print()
print(b'ab' + b'cd', b'ab' * 3, 3 * b'-', b'' * 5, b'b' in b'abc', b'bc' in b'abc', 98 in b'abc', 0 in b'abc')
print(b'abc' == b'abc', b'abc' == 'abc', b'a' < b'b', b'ab' < b'abc', b'\xff' > b'\x00', b'' < b'\x00')
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' "'), b'\x7f\x80', b'\r\x0b\x0c\x07', b"\x41\102")
print(bytes(3), bytes([65, 66, 67]), bytes(), bytes(range(5)), bytes([0, 255]), bytes(b'copy'), bytes((9, 10)))
print(b'\xde\xad\xbe\xef'.hex(), b''.hex(), bytes(range(16)).hex(), b'abc'.hex())
print(bytes.fromhex('de ad be ef'), bytes.fromhex('4142'), list(b'\x01\x02'), tuple(b'hi'))
print(b'hello'.upper(), b'a,b,c'.split(b','), b'  x '.strip(), b'-'.join([b'a', b'b']), b'abcabc'.count(b'b'))
print(b'hello'.find(b'l'), b'hello'.replace(b'l', b'L'), b'hello'.startswith(b'he'), b'x'.isalpha(), b'12'.isdigit())
print(type(b).__name__, type(b[0]).__name__, type(b[0:1]).__name__, hash(b'') == hash(b''), b[0:1] == b'h')
print(bytes('abc', 'ascii'), list(bytes(2)), b'%d-%s' % (5, b'x'))
