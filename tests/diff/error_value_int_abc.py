"""int('abc') raises ValueError with the quoted literal."""
print(int('12'), int(' 34 '), int('-5'))
print(int('abc'))
