"""A value of unknown type goes through the runtime's generic operations."""


def pick(flag):
    if flag:
        return 1
    return "one"


x = pick(True)
print(x + x, x < x, -x)
