# Caches of recursive, nested and closure functions; a builtin cached; the recursion limit.
import functools


@functools.lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(300))
try:
    print(depth(2000))
except RecursionError:
    print("RecursionError")


def outer():
    @functools.cache
    def inner(k):
        return k * 2
    return inner(4) + inner(4), inner.cache_info()


print(outer())
cached = functools.cache(len)
print(cached("abc"), cached("abc"), cached.cache_info(), type(cached).__name__)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]))


class Grid:
    def __init__(self, n):
        self.n = n

    def paths(self):
        @functools.lru_cache(maxsize=None)
        def walk(x, y):
            if x == self.n or y == self.n:
                return 1
            return walk(x + 1, y) + walk(x, y + 1)
        return walk(0, 0), walk.cache_info().currsize


print(Grid(10).paths())
