"""Mutual recursion (is_even/is_odd, Hofstadter F/M) with later-defined functions."""
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def hof_f(n):
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))

def hof_m(n):
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))

def run():
    for i in range(12):
        print(i, is_even(i), is_odd(i), hof_f(i), hof_m(i))
    print(is_even(101), is_odd(101), is_even(200))
    print(later(5))

def later(x):
    return x * 100 + helper(x)

def helper(y):
    return y + 1

run()
