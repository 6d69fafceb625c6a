"""A local that may be read before assignment is checked (UnboundLocalError) and stays boxed."""


def f(c):
    if c:
        y = 1
    return y


print(f(True))
