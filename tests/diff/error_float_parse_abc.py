"""float('abc') raises ValueError: could not convert string to float: 'abc'."""
print(float(' 12.5 '), float('-1e-3'), float('1_000.000_1'), float('nan'), float('-INF'))
print(float('abc'))
