"""A TypeError from an augmented assignment names the in-place operator (+=), as CPython's does."""
total = 0
for word in ["a", "bb"]:
    total += len(word)
print(total)
label = None
label += 1
