"""Nested integer loops: range() loops and small-int arithmetic in a function."""


def checksum(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total = (total + i * j + j) % 1000003
    return total


print(checksum(3000))
