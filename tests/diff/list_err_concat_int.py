"""[1] + 1 raises TypeError: can only concatenate list (not "int") to list."""
print([1] + [2], [1] * 2)
print([1] + 1)
