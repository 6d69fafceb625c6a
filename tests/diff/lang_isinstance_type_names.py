"""isinstance with builtin types and tuples of types; type(x).__name__ for builtin types."""
vals = [0, True, 1.5, 'a', b'b', None, [1], (1,), {1: 2}, {1}, frozenset(), range(2), 2 ** 100,
        {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), iter([1]), iter('a'), iter(range(1)),
        enumerate('a'), zip('a'), reversed([1]), iter(b'x'), iter((1,)),
        iter({1: 2}), iter({1}), {1: 2}.get(5), b'ab'[0], 'é'[0], 2.0 ** 0.5]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, (list, tuple, dict)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1, float), isinstance(1.0, int))
print(isinstance(None, type(None)), isinstance([], (int, (float, list))), isinstance('x', ()), isinstance(2, (bool, int)))
print(isinstance(frozenset(), set), isinstance(set(), frozenset), isinstance(range(1), (list, range)))
print(type(1) == int, type(True) == int, type(True) is bool, type('') is str, type(1.0).__name__, type(type(1)).__name__)
print(int.__name__, str.__name__, list.__name__, dict.__name__, type(None).__name__, range.__name__)
