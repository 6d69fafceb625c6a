"""Decoding invalid UTF-8 raises UnicodeDecodeError with the exact position."""
print(b'ok\xc3\xa9'.decode(), b'\xe6\x97\xa5'.decode())
print(b'ab\xff'.decode())
