"""A str too large for memory raises MemoryError (the allocator refuses, nothing traps)."""

s = "ab" * 1000
print("built", s == "ab" * 1000)
t = s
i = 0
while i < 10:
    t = t + t
    i += 1
print("doubled to a thousand times its size", t == s * 1024)
big = "ab" * (2 ** 40)
print("never")
