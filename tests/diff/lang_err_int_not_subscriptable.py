"""Indexing an int raises TypeError: 'int' object is not subscriptable."""
data = [[1, 2], 3]
print(data[0][1], data[1])
print(data[1][0])
