"""list repr incl. self-containing lists, aliasing pitfalls, + * == < comparisons, in."""
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
b = [[1], 'x']
b[0].append(b)
print(b)
c = [[0] * 3] * 2
c[0][1] = 5
print(c, c[0] is c[1])
d = [[0] * 3 for i in range(2)]
d[0][1] = 5
print(d, d[0] is d[1])
e = f = [1]
f.append(2)
print(e, e is f)
f = f + [3]
print(e, f, e is f)
print([1, 2] + [3], [0] * 4, 3 * ['a'], [1, 2] * 0, [1] * -1, [[1]] * 2)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [1] == [1.0], [1, 2] == (1, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, [2]] < [1, [3]], ['a'] <= ['a'])
print(2 in [1, 2], 3 not in [1, 2], [1] in [[1], 2], 1.0 in [1], 'a' in ['abc'], None in [0, None])
print(repr([]), str([1, 'a']), repr(['é', '\n', "'"]), [1.0, -0.0, 1e100, None, True])
print([[[]]], [[], [[]], [[], [[]]]])
