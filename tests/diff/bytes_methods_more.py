"""bytes classification and the right-hand methods."""
for b in [b'', b'abc', b'ABC', b'aB1', b' \t\n', b'12', b'a b', b'\xe9', b'A1!']:
    print(b, b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.isupper(), b.islower())
print(b'a,b,,c'.rsplit(b','), b'a b  c'.rsplit(), b'a,b,c'.rsplit(b',', 1))
print(b'xxhixx'.lstrip(b'x'), b'xxhixx'.rstrip(b'x'), b'  hi  '.lstrip(), b'  hi  '.rstrip())
print(b'hello'.rfind(b'l'), b'hello'.rfind(b'z'), b'hello'.rindex(b'l'), b'hello'.index(b'e'))
print(b'hello'.rindex(b'z'))
