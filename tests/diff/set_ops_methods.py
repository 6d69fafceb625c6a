"""set add/remove/discard/pop/clear/copy and union/intersection/difference/symmetric ops."""
s = {3, 1, 2}
s.add(10)
s.add(1)
s.discard(2)
s.discard(99)
s.remove(3)
print(s, len(s), 10 in s, 2 in s, 2 not in s)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([9, 8], (0,)), a.intersection([1, 5, 9]), a.intersection(b, {5}))
print(a.difference([1, 2]), a.difference(b, [3]), a.symmetric_difference([5, 6, 50]), a.union())
c = a.copy()
c |= {100}
c &= {1, 100, 3}
print(c, a)
c -= {3}
c ^= {1, 7}
print(c)
d = set(range(5))
d.update([10, 11], {12}, range(20, 23))
print(d)
d.intersection_update(range(0, 30, 2))
print(d)
d.difference_update([0, 22])
print(d)
d.symmetric_difference_update([2, 3, 4])
print(d)
p = {5, 6, 7}
print(p.pop(), p.pop(), p, p.pop(), p)
q = {1, 2}
q.clear()
print(q, len(q), set(), set([]), set('aaa'), set([1, 1, 2]), set((3, 3)), set({4: 'x'}))
print(set(range(3)) | frozenset([9]), frozenset([9]) | {1}, type({1} | frozenset()).__name__, type(frozenset() | {1}).__name__)
print({1, 2} == {2, 1}, {1} == frozenset([1]), {1, 2} != {1}, {1.0, 2} == {1, 2.0}, {True, 1, 1.0})
