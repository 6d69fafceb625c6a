# functools.lru_cache and functools.cache: keys, hits and misses, eviction of the least
# recently used entry, typed, maxsize 0, cache_info/cache_clear/cache_parameters/__wrapped__,
# errors; a wrapper shows no frame in a traceback (it is C in CPython).
import functools
from functools import lru_cache, cache


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache
def square(x):
    print("computing", x)
    return x * x


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


@lru_cache(maxsize=2)
def slow(x, y=0):
    print("slow", x, y)
    return x + y


print(fib(80), fib.cache_info())
print(square(3), square(3), square(4), square.cache_info())
print(fact(20), fact.cache_info(), fact.cache_parameters())
for args in [(1,), (2,), (1,), (3,), (2,), (1,)]:
    slow(*args)
print(slow.cache_info(), slow(1, y=2), slow(1, y=2), slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__wrapped__(5, 5))
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], list(info), info == (78, 81, None, 81), len(info))
typed = functools.lru_cache(maxsize=None, typed=True)(lambda x: type(x).__name__)
print(typed(1), typed(1.0), typed(True), typed.cache_info())
untyped = functools.lru_cache()(lambda x: type(x).__name__)
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
nocache = lru_cache(0)(lambda: 42)
print(nocache(), nocache(), nocache.cache_info())
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)


@lru_cache
def fails(x):
    if x > 2:
        raise ValueError(f"too big: {x}")
    return x


print(fails(1), fails(2))
fails(3)
