"""0.0 (all bits zero) as an argument, a default, a keyword-only default, an attribute."""
def f(a, b=1.5):
    return a, b


def g(*, k=0.0):
    return k


h = f
print(f(0.0), f(0.0, 0.0), f(b=0.0, a=0.0))
print(h(0.0), h(0.0, 0.0), h(b=0.0, a=0.0), h(*[0.0]), h(**{'a': 0.0}))
print(g(), g(k=0.0), (lambda x=0.0: x)(), (lambda *a: a)(0.0, 0.0))


class P:
    z = 0.0

    def __init__(self, x=0.0):
        self.x = x

    def get(self, d=0.0):
        return self.x, d


p = P()
print(p.x, p.z, P.z, p.get(), P(0.0).get(0.0), {0.0: 0.0}.get(0.0))
