"""__repr__/__str__/__format__: print, str(), repr(), f-strings with custom specs, default repr."""
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "c":
            return str(self.cents) + "c"
        return format(str(self), spec)


m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print((m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:c}")
print(f"[{m:>10}]")
print(f"[{m:*<12}]")
print(f"[{m:^11}]")
print("{} and {:c} and {!r}".format(m, m, m))
print(format(m, ">8"), format(m))
print("%s %r" % (m, m))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


o = OnlyRepr()
print(o, str(o), f"{o}", [o])


class OnlyStr:
    def __str__(self):
        return "just str"


s = OnlyStr()
print(s, f"{s}")
r = repr(s)
print(r.startswith("<__main__.OnlyStr object at 0x"), r.endswith(">"))
print([s])


class Plain:
    pass


print(Plain())
try:
    f"{Plain():>5}"
except TypeError as e:
    print("TypeError:", e)
print(f"{OnlyRepr()!r:>14}|")
