"""max() of an empty sequence raises ValueError: max() arg is an empty sequence."""
print(max([3, 1, 2]), max([], default='d'), min('zyx'))
print(max(x for x in range(10) if x > 20))
