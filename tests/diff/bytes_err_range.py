"""bytes([256]) raises ValueError: bytes must be in range(0, 256)."""
print(bytes([0, 128, 255]), bytes([]))
print(bytes([1, 256]))
