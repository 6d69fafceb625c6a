# Instances that get attributes outside their class's layout, in a program that never asks
# for an instance's dict: the layout's attributes stay in the slots, the others go to a
# dict of their own, and every read, write and delete finds each where it is.


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def total(self):
        node, s = self, 0
        while node is not None:
            s += node.value
            node = node.next
        return s

    def tag(self):
        return self.label if hasattr(self, "label") else "-"


class Leaf(Node):
    def __init__(self, value, weight):
        Node.__init__(self, value)
        self.weight = weight

    def total(self):
        return Node.total(self) * self.weight


a = Node(1)
b = Node(2)
a.next = b
a.label = "first"  # outside the layout
print(a.total(), a.tag(), b.tag())
a.value = 10  # a slot, after the instance got a dict
print(a.total(), a.value, a.label, getattr(a, "label"), getattr(a, "value"))
setattr(a, "value", 20)
setattr(a, "color", "red")
print(a.value, a.color, a.total())
del a.label
print(a.tag(), hasattr(a, "label"), hasattr(a, "color"))
del a.value
print(hasattr(a, "value"))
try:
    a.total()
except AttributeError as e:
    print("AttributeError:", e)
a.value = 5
print(a.total())

leaf = Leaf(3, 4)
leaf.note = "heavy"
leaf.weight = 2
print(leaf.total(), leaf.note, leaf.weight, leaf.tag())
try:
    del leaf.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(leaf.missing)
except AttributeError as e:
    print("AttributeError:", e)
nodes = [Node(i) for i in range(5)]
for i, n in enumerate(nodes):
    if i % 2:
        n.odd = True
print(sum(n.value for n in nodes), [hasattr(n, "odd") for n in nodes])
print(nodes[3].odd)
