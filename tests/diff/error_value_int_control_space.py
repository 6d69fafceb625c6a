"""int() and float() skip Unicode spaces but not the ASCII separators 0x1C..0x1F."""

print(int("\x855"), float(" \xa01.5"))
print(int("\x1c5"))
