"""float('1__0') raises ValueError: underscores must be single and between digits."""
print(float('1_0'), float('1_0.0_1'), float('1e1_0'), float('0_0'))
print(float('1__0'))
