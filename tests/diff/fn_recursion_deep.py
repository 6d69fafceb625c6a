"""Deep but legal recursion (depth 900), mutual recursion, recursion with accumulators."""
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(900))
print(depth(10))

def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)

print(sum_to(900))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(800), is_odd(800), is_even(7), is_odd(7))

def build(n):
    if n == 0:
        return []
    r = build(n - 1)
    r.append(n)
    return r

b = build(850)
print(len(b), b[0], b[-1], sum(b))

def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append(a + c)
    hanoi(n - 1, b, a, c, moves)

m = []
hanoi(4, 'A', 'B', 'C', m)
print(len(m), m[:5])

def ackermann(mm, n):
    if mm == 0:
        return n + 1
    if n == 0:
        return ackermann(mm - 1, 1)
    return ackermann(mm - 1, ackermann(mm, n - 1))

print(ackermann(2, 3))
def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
