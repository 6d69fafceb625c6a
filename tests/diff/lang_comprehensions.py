"""list/dict/set comprehensions: nested, with conditions, using outer variables."""
n = 5
squares = [i * i for i in range(n)]
print(squares, [x for x in squares if x % 2 == 0], [x + n for x in squares if x > 3 if x < 16])
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
m = [[1, 2, 3], [4, 5, 6]]
print([row[1] for row in m], [v for row in m for v in row], [[row[i] for row in m] for i in range(3)])
print({i: i % 3 for i in range(7)}, {c: ord(c) for c in 'abc'}, {i % 4 for i in range(20)})
print({x * x for x in [-3, -2, -1, 0, 1, 2, 3]}, {k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
words = ['apple', 'Bob', 'cat', 'Dog', 'eel']
print([w.upper() for w in words if len(w) == 3], [w[0] for w in words], [len(w) for w in words])
print(['even' if i % 2 == 0 else 'odd' for i in range(4)], [i for i in 'héllo' if i not in 'aeiou'])
base = 10
print([base + i for i in range(3)], [[base * i + j for j in range(2)] for i in range(2)])
i = 'outer'
print([i for i in range(3)], i)
print([(a, b) for a, b in zip('xy', [1, 2])], [a * b for a, b in {2: 3, 4: 5}.items()])
print([x for x in []], {x: x for x in ()}, {x for x in ''}, [0 for _ in range(3)])
grid = [[(r * 3 + c) % 4 for c in range(3)] for r in range(3)]
print(grid, sum([sum(row) for row in grid]), [max(row) for row in grid])
print([[y for y in x if y] for x in [[0, 1], [2, 0], []]])
