"""float('x') raises ValueError: could not convert string to float: 'x'."""
print(float('1.25'), float('nan'), float('-Infinity'))
print(float('x'))
