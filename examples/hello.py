"""The first Molt program."""

print("Hello from Molt!")
