"""max() with None raises TypeError ('>' not supported NoneType and int)."""
print(max(1, 2))
print(max(1, None))
