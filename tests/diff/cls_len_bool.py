"""__len__ and __bool__: len(), truthiness, bool falling back to __len__, default truthiness."""
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__ called")
        return self.on

class Both:
    def __len__(self):
        return 0

    def __bool__(self):
        return True

class Plain:
    pass

empty, full = Bag([]), Bag("abc")
print(len(empty), len(full), bool(empty), bool(full))
if full:
    print("full is truthy")
if not empty:
    print("empty is falsy")
print("yes" if Flag(True) else "no")
print("yes" if Flag(False) else "no")
print(bool(Both()), len(Both()))
print(bool(Plain()), not Plain())
print(Flag(False) or "fallback")
print((empty and "never") is empty)
print([len(b) for b in [empty, full, Bag(range(10))]])
x = 0
while Bag(range(3 - x)):
    x += 1
print(x)

class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
