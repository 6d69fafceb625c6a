"""Classes: __init__, methods, instance vs class attributes, shadowing and a class counter."""
class Counter:
    count = 0
    label = "base"

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.count += 1

    def inc(self, by=1):
        self.value += by
        return self

    def describe(self):
        return self.name + "=" + str(self.value)

a = Counter("a")
b = Counter("b", 10)
print(Counter.count, a.count, b.count)
a.inc().inc(5)
print(a.describe(), b.describe())
print(a.label, b.label, Counter.label)
a.label = "mine"
print(a.label, b.label, Counter.label)
Counter.label = "changed"
print(a.label, b.label, Counter.label)
del a.label
print(a.label)
a.count = 100
print(a.count, b.count, Counter.count)
c = Counter("c")
print(a.count, b.count, c.count, Counter.count)
print(sorted(vars(a).keys()))
print("count" in vars(a), "count" in vars(b))
f = Counter.describe
print(f(b))
m = b.inc
m(2)
m(3)
print(b.value)

class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)

s1 = Stack()
s2 = Stack()
for i in range(5):
    s1.push(i * i)
s2.push("x")
print(s1.size(), s2.size(), s1.pop(), s1.pop(), s1.size(), s1.items, s2.items)

class Shared:
    items = []

    def add(self, x):
        self.items.append(x)

p, q = Shared(), Shared()
p.add(1)
q.add(2)
print(Shared.items, p.items is q.items)
