"""str.encode to UTF-8, ord/chr round trips over the code-point ranges."""
for s in ['abc', 'é', '日本', '😀', '\x00\x7f', '\u07ff\u0800', '\uffff', '\U00010000', '']:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode('utf-8') == b)
for cp in [0, 9, 10, 32, 65, 97, 126, 127, 128, 233, 255, 256, 937, 8364, 26085, 55295, 57344,
           65535, 65536, 128512, 1114111]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, hex(ord(c)), len(c.encode()))
print(ord('A') + 1, chr(ord('a') + 25), chr(0x65e5) + chr(0x672c), ord('\n'), ord('€'))
total = 0
for ch in 'héllo日本😀':
    total = total + ord(ch)
print(total)
