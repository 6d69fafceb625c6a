"""Unpacking None raises TypeError: cannot unpack non-iterable NoneType object."""
def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i, xs[i]

print(find([5, 6, 7], 6))
i, v = find([5, 6, 7], 9)
