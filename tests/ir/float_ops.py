"""Float arithmetic unboxed; int operands converted; division checks zero."""


def mix(a, b):
    return a / b + a * 2.5 - b


print(mix(3, 4))
