"""pop until empty, then list.pop raises IndexError: pop from empty list."""
a = [1, 'b', 3.0]
while len(a) > 0:
    print(a.pop())
print(a)
a.pop()
