"""format specs for ints: d b o x X c n-free, grouping , _, #, sign, fill/align/width, 0-padding."""
vals = [0, 7, -7, 255, -255, 65535, 123456789, -123456789, 2 ** 64, -(2 ** 70)]
specs = ['d', '5d', '-5d', '+d', ' d', '010d', '<8d', '>8d', '^9d', '=+10d', '*^11d', '_<12',
         ',', '_', '015,d', 'b', '#b', '#010b', 'o', '#o', 'x', '#x', 'X', '#X', '_x', '#_b',
         '08x', '+#x', ' #o', '0=12,', '', '+', '>+8', 'e', '.2f', '%']
for v in vals:
    out = []
    for s in specs:
        out.append('[' + format(v, s) + ']')
    print(v, ' '.join(out))
print(format(65, 'c'), format(233, 'c'), format(26085, '^5c'), format(True, 'd'), format(False, '#x'))
print(format(True), format(True, ''), format(True, '>6'), format(5, ''), format(-0, '+d'))
print(format(1234567, ',d'), format(1234567, '_d'), format(12345678901234567890, ','), format(-1000, '07,'))
print(format(42, '0>10'), format(42, 'x<10'), format(-42, '0<10'), format(42, '010'), format(-42, '010'))
