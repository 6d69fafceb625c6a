"""int('12x', 16) raises ValueError after valid base-16 parses."""
print(int('12', 16), int('12abcdef0123456789', 16), int('-0x12', 16))
print(int('12x', 16))
print('not reached')
