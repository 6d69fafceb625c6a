"""chr(-1) raises ValueError: chr() arg not in range(0x110000)."""
print(chr(0) == '\x00', chr(1114111) == '\U0010ffff', chr(97))
print(chr(-1))
