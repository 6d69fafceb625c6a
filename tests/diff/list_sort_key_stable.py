"""list.sort and sorted with key=len/abs/str/int, reverse=True and stability."""
a = [5, -3, 2, -8, 0, 7, -1, 2]
b = a[:]
b.sort()
print(b)
b.sort(reverse=True)
print(b)
b.sort(key=abs)
print(b)
b.sort(key=abs, reverse=True)
print(b)
w = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'plum', 'e']
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
w.sort()
print(w)
n = [10, 9, 100, 1, 21, 2]
n.sort(key=str)
print(n)
s = ['10', '9', '100', '1', '21', '2', '-5']
s.sort(key=int)
print(s)
s.sort()
print(s)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q')]
pairs.sort()
print(pairs)
m = [3.5, 1, True, -2.0, 0, False, 2]
m.sort()
print(m)
print(sorted('hello'), sorted((3, 1, 2)), sorted([]), sorted(['b', 'B', 'a', 'A', 'é', 'Z']))
print(sorted([[2, 1], [1, 2], [1], [2]]), sorted(a, key=abs), a)
big = []
i = 0
while i < 60:
    big.append((i * 37) % 11 - 5)
    i += 1
big.sort(key=abs)
print(big)
print(sorted(['bb', 'a', 'ccc', 'dd', 'e', 'fff'], key=len, reverse=True))
