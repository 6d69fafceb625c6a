"""isdigit/isalpha/isalnum/isspace/isupper/islower and center/ljust/rjust/zfill."""
samples = ['abc', 'ABC', 'Abc', '123', '١٢٣', '½', '²', 'abc123', '', ' ', '\t\n\x0b\x0c\r', '\u3000',
           '\x1c', 'é', 'É', '日本', 'a b', '12.5', '-1', 'ǅ', 'ß', 'A1', 'a!', '\u200b', 'ⅷ']
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower())
for w in [0, 3, 6, 7, 10]:
    print('|' + 'abc'.center(w) + '|' + 'abc'.ljust(w) + '|' + 'abc'.rjust(w) + '|' + 'ab'.center(w, '*') + '|')
print('|' + 'é日'.center(6, '·') + '|' + 'é日'.ljust(5, '日') + '|' + 'abcd'.center(7, '-') + '|')
print('|' + 'a'.center(2) + '|' + 'a'.center(4) + '|' + 'ab'.center(5) + '|' + 'abc'.center(6) + '|')
for s in ['42', '-42', '+42', '', '-', 'abc', '3.14', '-0.5', '日']:
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-3)))
