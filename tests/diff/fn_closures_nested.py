"""Three levels of nested closures, nonlocal across levels, inner functions sharing a cell."""
def level1(a):
    def level2(b):
        def level3(c):
            return a * 100 + b * 10 + c
        return level3
    return level2

print(level1(1)(2)(3))
l2 = level1(4)
print(l2(5)(6), l2(0)(0))

def counter3():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner
    return mid, lambda: n

mid, peek = counter3()
i1 = mid()
i2 = mid()
print(i1(), i2(), i1(), peek())

def shared():
    cell = []
    def put(x):
        cell.append(x)
    def size():
        return len(cell)
    def clear():
        nonlocal cell
        old = cell
        cell = []
        return old
    return put, size, clear

put, size, clear = shared()
put(1); put(2); put(3)
print(size())
print(clear())
print(size())
put(9)
print(size(), clear())

def outer_mod():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            return x
        return inner()
    def middle2():
        def inner():
            nonlocal x
            x = 'changed'
        inner()
        return x
    return middle(), x, middle2(), x

print(outer_mod())
