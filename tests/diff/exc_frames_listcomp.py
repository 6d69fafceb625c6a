# An exception inside a list comprehension: CPython shows a <listcomp> frame for each
# comprehension it passes through, at the line of the element being computed.


def inverse(x):
    return 10 // x


def table(rows):
    return [
        [inverse(x - y) for y in range(3)]
        for x in rows
    ]


print([inverse(x) for x in [1, 2, 5]])
print(table([5, 6]))
try:
    table([1])
except ZeroDivisionError as e:
    print("caught", e)
print(table([7, 2]))
