"""Single inheritance: overriding, super() calls, inherited attributes and multi-level chains."""
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return self.name + " the " + self.kind + " says " + self.speak()

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "ish (" + str(self.age) + ")"

class Cat(Animal):
    kind = "cat"

    def intro(self):
        return "[" + super().intro() + "]"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a.intro())

p = Puppy("max", 2)
print(p.name, p.age, p.kind)
print(Animal.speak(p), Dog.speak(p), p.speak())
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)

class Base:
    def __init__(self):
        self.log = ["Base"]

    def total(self, x):
        return x

class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")

    def total(self, x):
        return super().total(x) * 2

class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")

    def total(self, x):
        return super().total(x) + 1

leaf = Leaf()
print(leaf.log)
print(leaf.total(5), Mid().total(5), Base().total(5))
print(super(Mid, leaf).total(5))
