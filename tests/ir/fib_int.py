"""Inference makes n and the result unboxed ints; + and - check the small-int range."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))
