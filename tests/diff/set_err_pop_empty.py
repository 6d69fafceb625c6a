"""pop until empty, then KeyError: 'pop from an empty set'."""
s = {30, 10, 20}
while len(s) > 0:
    print(s.pop(), s)
s.pop()
