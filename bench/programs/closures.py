"""Closures and higher-order functions: functions returning closures (adders, composers,
counters with nonlocal), map/filter/sorted with key= lambdas, functions kept in a dict
and called in a loop, and a small decorator.
"""

MOD = 1000003


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_multiplier(n):
    def mul(x):
        return x * n % MOD
    return mul


def compose(f, g):
    def composed(x):
        return f(g(x))
    return composed


def compose_all(funcs):
    result = lambda x: x
    for f in funcs:
        result = compose(f, result)
    return result


def make_counter(start, step):
    count = start

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_accumulator():
    total = 0
    seen = 0

    def add(value):
        nonlocal total, seen
        total = (total + value) % MOD
        seen += 1
        return total

    def report():
        return total * 31 + seen
    return add, report


CALLS = {"mix": 0, "square_mod": 0}


def counted(name):
    """A decorator factory: the decorated function counts its calls in CALLS[name]."""
    def decorate(func):
        def wrapper(*args):
            CALLS[name] += 1
            return func(*args)
        return wrapper
    return decorate


@counted("mix")
def mix(a, b):
    return (a * 31 + b) % MOD


@counted("square_mod")
def square_mod(x):
    return x * x % MOD


def pipelines(rounds):
    """Chains of composed adders and multipliers applied to a range of inputs."""
    total = 0
    for r in range(rounds):
        steps = []
        for k in range(1, 9):
            if (k + r) % 2 == 0:
                steps.append(make_adder(k + r))
            else:
                steps.append(make_multiplier(k + 2))
        chain = compose_all(steps)
        for x in range(200):
            total = mix(total, chain(x))
    return total


def counters(rounds):
    """Many live counters with nonlocal state, stepped in turn."""
    ticks = [make_counter(i, i % 7 + 1) for i in range(50)]
    add, report = make_accumulator()
    for r in range(rounds):
        for tick in ticks:
            add(tick())
    return report()


def dispatch(rounds):
    """Functions stored in a dict, picked by name and called in a loop."""
    ops = {
        "add": lambda a, b: (a + b) % MOD,
        "sub": lambda a, b: (a - b) % MOD,
        "mul": lambda a, b: a * b % MOD,
        "mix": mix,
        "max": max,
        "sq": lambda a, b: square_mod(a + b),
    }
    names = ["add", "mul", "sub", "mix", "sq", "add", "max", "mul"]
    value = 1
    for i in range(rounds):
        name = names[i % len(names)]
        value = ops[name](value, i + 1)
    return value


def list_work(rounds):
    """map, filter and sorted with key= lambdas over small lists."""
    total = 0
    for r in range(rounds):
        data = list(range(r % 17, r % 17 + 120))
        doubled = list(map(lambda x: x * 2 + r, data))
        kept = list(filter(lambda x: x % 3 != 0, doubled))
        ordered = sorted(kept, key=lambda x: (x % 11, -x))
        scaled = list(map(make_adder(r), ordered[:20]))
        total = (total * 7 + sum(scaled) + ordered[0] + ordered[-1]) % MOD
    return total


a = pipelines(800)
b = counters(15000)
c = dispatch(500000)
d = list_work(3000)
print("pipelines", a)
print("counters", b)
print("dispatch", c)
print("lists", d)
print("calls", CALLS["mix"], CALLS["square_mod"])
print("checksum", (a * 3 + b * 5 + c * 7 + d * 11 + CALLS["mix"]) % MOD)
