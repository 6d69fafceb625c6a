"""Closures: reading outer locals, nonlocal counters, several inner functions sharing a cell, closure over a parameter."""
def outer():
    x = 10
    def inner():
        return x + 1
    return inner()

print(outer())

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2(-50))
print(c1())

def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return 'insufficient'
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = make_account(50)
print(dep(25))
print(wd(100))
print(wd(30))
print(get())
dep2, wd2, get2 = make_account(0)
print(dep2(1), get2(), get())

def adder(n):
    def add(x):
        return x + n
    return add

add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(-3)(3))

def late_change():
    v = 1
    def read():
        return v
    v = 2
    return read()

print(late_change())
