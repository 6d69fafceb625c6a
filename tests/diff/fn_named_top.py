# A function or method named `top`: CPython's symtable takes any scope of that name for the
# module's, which must not make its parameters and locals globals.


def top(items):
    best = items[0]
    for item in items:
        if item > best:
            best = item
    return best


class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def top(self):
        last = self.items[-1]
        return last


counter = 0


def bump():
    global counter
    counter += 1
    return counter


def outer():
    def top(n):
        return n * 2
    return top(21)


s = Stack()
s.push(3)
s.push(4)
print(top([3, 9, 2]), s.top(), outer(), bump(), bump(), counter)
