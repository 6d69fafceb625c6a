"""sorted stability with key/reverse, min/max with key= and default=, sum with start."""
data = [(3, 'c'), (1, 'a'), (3, 'a'), (2, 'b'), (1, 'z')]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=len))
words = ['bb', 'a', 'ccc', 'B', 'dd', 'AA', 'e']
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words))
nums = [-4, 3, -2, 1, 0, 2, -3, 4]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
print(sorted(['10', '9', '1', '100'], key=int), sorted([10, 9, 1, 100], key=str), sorted('bAcB'))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), min(3, 1, 2), max('a', 'b', 'ab'))
print(min(words, key=len), max(words, key=len), min([], default=None), max([], default=-1), max([5], default=0))
print(max([1, 2], [1, 3]), min((2, 'x'), (2, 'a')), max(1, 1.0), max(1.0, 1), min(True, 1), max(0, False))
print(max('héllo'), min('héllo'), max(['é', 'z', 'É']), min(range(5, 0, -1)), max({3: 'a', 7: 'b'}))
print(sum([1, 2, 3], 10), sum([0.5, 0.25], 1), sum([[1], [2, 3]], [0]), sum(((1,), (2,)), ()))
print(max([-1, 1], key=abs), min([-1, 1], key=abs), max(['b', 'a', 'c'], key=len), min([2, -2], key=abs))
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted({5, 1, 9}), sorted(range(3, 0, -1)))
