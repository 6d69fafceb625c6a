"""Refcounts: a str built in a loop is released when replaced and when the function ends."""


def build(n):
    s = ""
    for i in range(n):
        s = s + str(i)
    return s


print(build(5))
