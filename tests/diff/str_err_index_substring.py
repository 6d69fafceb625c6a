"""'abc'.index('z') raises ValueError: substring not found."""
s = 'abc'
print(s.index('a'), s.index('c'), s.rindex('b'), s.find('z'))
print(s.index('z'))
