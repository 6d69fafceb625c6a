"""upper/lower/title/capitalize/swapcase including ß, ǅ, Greek and other scripts."""
samples = ['hello World', 'straße', 'ǅemal ǆ ǆx', 'ΟΔΟΣ όδός', 'İstanbul', 'ﬁne ﬂow', 'hELLO wORLD 123',
           "they're bill's", 'a1b2c3', 'ÉCOLE é', '日本 abc', '', 'ŉ', 'ΣΑΣ']
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
    print(len(s), len(s.upper()), len(s.lower()), s.upper().lower() == s.lower())
print('ß'.upper(), 'ß'.lower(), 'ẞ'.lower(), 'ß'.title(), 'ß'.capitalize(), 'ß'.swapcase())
print('ǅ'.upper(), 'ǅ'.lower(), 'ǆ'.title(), 'Ǆ'.capitalize(), 'ǅ'.swapcase(), 'ǅ'.istitle())
print('Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Σ'.lower(), 'σς'.upper(), 'İ'.lower(), len('İ'.lower()))
print('Hello'.istitle(), 'Hello World'.istitle(), 'HeLLo'.istitle(), '123'.istitle(), 'A1 B2'.istitle())
