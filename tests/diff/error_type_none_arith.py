"""None + 1 inside a function raises TypeError for NoneType and int."""
def get(x):
    if x > 0:
        return x

print(get(5) + 1)
print(get(-5) + 1)
