"""Classes: __init__, methods, class attributes, inheritance, super(), isinstance, reprs."""
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return self.name + " makes a sound"

    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed="mutt"):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"

    def __str__(self):
        return "Dog " + self.name


class Plain:
    pass


a = Animal("cat")
d = Dog("rex", breed="lab")
print(a.speak())
print(d.speak(), d.breed, d.kind, a.kind, Animal.count)
print(repr(a), str(d), [a, d])
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), type(d).__name__, type(d) is Dog)
print([c.__name__ for c in Dog.__mro__])
p = Plain()
p.x = 5
p.x += 2
print(p.x)
print(str(p).startswith("<__main__.Plain object at 0x"))
try:
    p.missing
except AttributeError as e:
    print(e)
items = []
items.append(d)
print(len(items))
class Stack:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
s = Stack()
s.append(1); s.append(2)
print(s.pop(), s.items)
Animal.__init__(a, "lion")
print(a.name)
