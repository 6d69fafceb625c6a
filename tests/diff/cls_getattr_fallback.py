"""__getattr__ fallback for missing attributes, delegation, and getattr/setattr/hasattr/delattr builtins."""
class Config:
    defaults = {"color": "red", "size": 3}

    def __init__(self, **kw):
        self.explicit = kw

    def __getattr__(self, name):
        print("__getattr__", name)
        if name in self.explicit:
            return self.explicit[name]
        if name in Config.defaults:
            return Config.defaults[name]
        raise AttributeError("no config key " + repr(name))

c = Config(size=10)
c.direct = "set directly"
print(c.size, c.color)
print(c.direct)
print(c.explicit)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(c, "color"), hasattr(c, "nope"))
print(getattr(c, "nope", "default"))

class Wrapper:
    def __init__(self, inner):
        self._inner = inner
        self.hits = 0

    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._inner, name)

w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w._inner, w.count(1), w.hits)

class Obj:
    cls_attr = "on class"

o = Obj()
setattr(o, "x", 1)
setattr(o, "name with space", 2)
print(o.x, getattr(o, "name with space"), getattr(o, "cls_attr"))
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(Obj, "cls_attr"))
print(getattr(o, "y", None), getattr(Obj, "zzz", 0))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, "y")
except AttributeError as e:
    print("AttributeError:", e)
for attr in ["a", "b", "c"]:
    setattr(o, attr, attr * 2)
print([getattr(o, a) for a in ["a", "b", "c"]])
setattr(Obj, "added", 99)
print(o.added, Obj().added)
print(sorted(k for k in vars(o)))
