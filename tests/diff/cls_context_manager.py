"""__enter__/__exit__: with blocks, as-targets, exit on exception, suppression by returning True."""
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, exc_type.__name__, exc)
        return self.suppress

with Tracker("a") as v:
    print("body", v)
try:
    with Tracker("b"):
        print("about to fail")
        raise ValueError("boom")
        print("unreachable")
except ValueError as e:
    print("caught outside:", e)
with Tracker("c", suppress=True):
    1 / 0
print("after suppressed")
with Tracker("outer") as o, Tracker("inner", True) as i:
    print("nested", o, i)
    raise KeyError("k")
print("after nested")

def early():
    with Tracker("ret"):
        return "returned"

print(early())
for n in range(3):
    with Tracker("loop" + str(n)):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)

class Resource:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("open")
        return self

    def __exit__(self, *args):
        self.log.append("close")
        return False

r = Resource()
with r as same:
    same.log.append("use")
print(r.log, same is r)
try:
    with Resource() as r2:
        r2.log.append("use")
        raise RuntimeError("bad")
except RuntimeError:
    print(r2.log)
