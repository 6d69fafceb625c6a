"""Special methods that break their contracts, and the errors CPython gives for them."""


class BadBool:
    def __bool__(self):
        return 1


class NegativeLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


class LenOnly:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class EqOnly:
    def __eq__(self, other):
        return True


class BadRepr:
    def __repr__(self):
        return 42


class BadIter:
    def __iter__(self):
        return 5


class Index:
    def __index__(self):
        return 2


class Number:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


class Refuses:
    def __add__(self, other):
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("bool", lambda: bool(BadBool()))
attempt("if", lambda: "yes" if BadBool() else "no")
attempt("len-neg", lambda: len(NegativeLen()))
attempt("len-str", lambda: len(StrLen()))
attempt("truth-len0", lambda: bool(LenOnly(0)))
attempt("truth-len2", lambda: not LenOnly(2))
attempt("hash-eq", lambda: hash(EqOnly()))
attempt("set-eq", lambda: {EqOnly()})
attempt("eq", lambda: (EqOnly() == 1, 1 == EqOnly(), EqOnly() != 2))
attempt("repr", lambda: repr(BadRepr()))
attempt("str", lambda: str(BadRepr()))
attempt("iter", lambda: iter(BadIter()))
attempt("for", lambda: [x for x in BadIter()])
attempt("index", lambda: ([10, 20, 30][Index()], "abcd"[Index()], range(10)[Index()]))
attempt("int", lambda: (int(Number()), float(Number()), int(Index())))
attempt("add", lambda: Refuses() + 1)
attempt("radd", lambda: 1 + Refuses())
attempt("lt", lambda: Refuses() < Refuses())
attempt("neg", lambda: -Refuses())
attempt("call", lambda: Refuses()())
attempt("getitem", lambda: Refuses()[0])
attempt("in", lambda: 1 in Refuses())
attempt("len", lambda: len(Refuses()))
kept = Refuses()
attempt("hash-default", lambda: hash(kept) == hash(kept) and {kept: 1}[kept])
attempt("not-impl", lambda: (NotImplemented, type(NotImplemented).__name__))
attempt("format", lambda: format(Refuses(), "x"))
bool(BadBool())
