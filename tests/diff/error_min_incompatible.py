"""min() of an int and a str raises TypeError ('<' not supported)."""
print(min(3, 1.5), max('a', 'b'), min(True, 2))
print(min(1, 'a'))
