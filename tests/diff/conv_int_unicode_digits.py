"""int() and float() accept non-ASCII Unicode decimal digits and spaces."""
print(int('٣'), int('１２'), int(' -٤٥ '), int('１_０'))
print(float('１.５'), float('٣'), float('\u2003 7.25\u3000'))
print(int('\u00a0 12 \u2003'), int('\u3000-3'))
