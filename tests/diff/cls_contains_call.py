"""__contains__ and __call__: membership tests, callable objects, stateful counters, callable()."""
class EvenNumbers:
    def __contains__(self, x):
        print("checking", x)
        return isinstance(x, int) and x % 2 == 0

evens = EvenNumbers()
print(4 in evens)
print(3 in evens, 3 not in evens)
print("a" in evens)

class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

iv = Interval(1, 5)
print([x for x in range(8) if x in iv], 5 in iv, 1.5 in iv)

class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, times=1):
        self.calls += 1
        return x + self.n * times

add3 = Adder(3)
print(add3(10), add3(10, times=2), add3(x=1), add3.calls)
print(list(map(add3, [1, 2, 3])), add3.calls)
print(callable(add3), callable(Adder), callable(evens), callable(3))

class Compose:
    def __init__(self, *fs):
        self.fs = fs

    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x

double = lambda v: v * 2
pipeline = Compose(Adder(1), double, Adder(10))
print(pipeline(0), pipeline(5))
print(sorted([3, -1, 2], key=Adder(-5)))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache), type(fib).__name__)

class Contains2:
    def __iter__(self):
        return iter([1, 2, 3])

print(2 in Contains2(), 5 in Contains2())
try:
    evens()
except TypeError as e:
    print("TypeError:", e)
