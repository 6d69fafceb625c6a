"""Indexing past the end of a non-ASCII str raises IndexError: string index out of range."""
s = 'héllo日本'
i = 0
while i < len(s):
    print(i, s[i], s[-1 - i])
    i += 1
print(s[i])
