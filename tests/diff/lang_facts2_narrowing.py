# Narrowing of values None, unbound, int, float or str on different paths: while x is not
# None, try/except/finally raising between assignments, break/continue/else, match captures,
# del and re-bind, augmented globals, a bool local holding `x is None` then reassigned.

total = 0


def nxt(n):
    if n > 40:
        return None
    return n * 3 if n % 2 else n + 2.5 if n == 4 else n + 1


def walk(x):
    steps = 0
    while x is not None:
        steps = steps + 1
        x = nxt(x)
    return steps, x


def stage(n):
    x = 1
    try:
        x = 2.5
        if n == 1:
            raise ValueError("one")
        x = "s"
        if n == 2:
            raise KeyError(n)
        x = None
    except ValueError:
        x = x + 1
    except KeyError:
        x = x * 2
    finally:
        if n == 3:
            x = [x]
    return x


def early(n):
    r = 0
    for i in range(5):
        try:
            if i == n:
                r = r + 0.5
                break
            if i % 2:
                continue
            r = r + i
        finally:
            r = r + 1
    else:
        r = str(r)
    return r


def matcher(v):
    match v:
        case int(k) if k > 10:
            return k + 0.5
        case [a, b]:
            return a + b
        case {"k": w}:
            return w
        case str() as s:
            return s * 2
        case _:
            return None


def rebind(flag):
    y = 5
    del y
    try:
        print(y)
    except UnboundLocalError:
        print("unbound")
    if flag:
        y = "now str"
    else:
        y = 7
    return y * 2


def reuse(x, n):
    empty = x is None
    empty = n > 2
    if empty:
        return "big"
    done = x is not None
    done = False
    return "done" if done else "small"


def bump(kind):
    global total
    if kind == "f":
        total += 0.25
    elif kind == "b":
        total += 2 ** 64
    else:
        total += 1
    return total


print(walk(1), walk(5), walk(41), walk(None))
print([stage(n) for n in range(4)])
print([early(n) for n in range(-1, 5)])
print([matcher(v) for v in [3, 12, [1, 2], ["a", "b"], {"k": 0.5}, "ab", 1.5]])
print(rebind(True), rebind(False))
print(reuse(5, 3), reuse(5, 1), reuse(2.5, 0))
print(bump("i"), bump("f"), bump("i"), bump("b") - 2 ** 64, total)
total = None
try:
    bump("i")
except TypeError as e:
    print("TypeError", e)
