"""Multiple inheritance: C3 MRO for diamonds and wider hierarchies, cooperative super() chains."""
class A:
    def hello(self):
        return ["A"]

    def who(self):
        return "A"

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

    def who(self):
        return "C"

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

print([c.__name__ for c in D.__mro__])
print(D().hello())
print(D().who())
print(B().hello(), C().hello())

class E(C, B):
    pass

print([c.__name__ for c in E.__mro__])
print(E().hello())

class Root:
    def __init__(self, **kw):
        self.trail = ["Root"]

class Left(Root):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Left")
        self.left = kw.get("left", 0)

class Right(Root):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Right")
        self.right = kw.get("right", 0)

class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Both")

b = Both(left=1, right=2)
print(b.trail, b.left, b.right)
print([c.__name__ for c in Both.__mro__])

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(K1, K2, Z): pass

print([c.__name__ for c in K3.__mro__])
print(issubclass(K3, Y), isinstance(K3(), Z))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError for inconsistent MRO")
