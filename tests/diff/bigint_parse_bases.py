"""int(str, base) for bases 0, 2, 8, 16, 36 with signs, spaces and underscores."""
print(int('123456789012345678901234567890'), int('-98765432109876543210'))
print(int('  +42  '), int('\t-0\n'), int('1_000_000_000_000_000_000_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('-0XdeadBEEFcafe1234567', 16))
print(int('0x_ff', 0), int('0b1010', 0), int('0o777', 0), int('-0b1_0', 0), int('0', 0))
print(int('99999999999999999999999', 0), int('0x' + 'f' * 40, 0))
print(int('1' * 70, 2), int('-101', 2), int('0b' + '10' * 40, 2))
print(int('zz', 36), int('ZZZZZZZZZZZZZZZZ', 36), int('molt', 36), int('-Python3', 36))
print(int('777', 8), int('0o17', 8), int('10', 3), int('z', 36), int('g', 17))
print(int('1_2_3', 10), int('0_0', 0), int('0x1_2_3_4', 0))
print(int('١٢٣'), int('٣', 16))
for base in [2, 5, 8, 10, 16, 36]:
    print(base, int('10', base), int('10' * 20, base))
