"""str.encode / bytes.decode round trips with UTF-8 and non-ASCII text."""
for s in ['é', 'naïve café', '日本語', '😀 ok', 'ß', 'a\u0301']:
    e = s.encode()
    print(repr(s), e, len(s), len(e), e.decode(), e.decode() == s, e.decode('utf-8') == s)
print('é'.encode(), 'é'.encode('utf-8'), 'é'.encode('latin-1'), 'abc'.encode('ascii'))
print(b'\xc3\xa9'.decode(), b'\xe6\x97\xa5'.decode(), b'\xf0\x9f\x98\x80'.decode(), b'caf\xe9'.decode('latin-1'))
e = '日本'.encode()
print(e[0], e[:3], e[:3].decode(), list(e), bytes(list(e)).decode())
print(b'abc'.decode() + 'é', len('😀'.encode()), '😀'.encode()[1:2], str(b'x'), repr(b''))
