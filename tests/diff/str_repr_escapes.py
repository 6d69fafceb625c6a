"""repr of strs: quote choice, escapes, non-printables and printable non-ASCII."""
samples = ['plain', "it's", 'say "hi"', 'both \' and "', '\\', 'tab\there', 'nl\nx', 'cr\rx',
           '\x00', '\x07', '\x1b[0m', '\x7f', '\x80', '\x9f', '\xa0', '\xad', 'é', '日本',
           '\u200b', '\u2028', '\ufeff', '\ud7ff', '\U0001f600', '\U000e0001', '\U0010ffff',
           '\u0378', '\U0001d400', '\x85', 'a\x00b', "'", '"', '\'"', '']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), s.isprintable())
print(str('quote\'s'), [ 'a', "b'", 'c"', '\n' ], ('é', '\x00'))
print(repr(repr('x')), repr(str(5)), repr('%'), repr('{}'))
