"""del C.attr in a program whose classes have layouts (no delattr, vars or __dict__): the
method calls and attribute reads that knew what C had go the generic way after it."""
class P:
    scale = 2
    def __init__(self, x):
        self.x = x
    def m(self):
        return self.x * self.scale
    def n(self):
        return self.m() + 1
class Q(P):
    pass
p = P(3)
q = Q(4)
total = 0
for i in range(3):
    total += p.n() + q.m()
print(total, p.m(), q.n())
del P.scale
try:
    print(p.m())
except AttributeError as e:
    print("AttributeError:", e)
P.scale = 10
print(p.m(), q.m())
del P.m
try:
    print(p.n())
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(q.m())
except AttributeError as e:
    print("AttributeError:", e)
