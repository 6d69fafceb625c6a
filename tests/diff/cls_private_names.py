"""Private names (`__x` in a class) are mangled to `_Class__x` as CPython mangles them:
attributes, methods, parameters, locals, closures, globals, comprehensions, class
attributes; a subclass's `__x` is another attribute; strings and call keywords are not
mangled; dunders and classes named only underscores are left alone."""
__counter = 100  # a module global named __counter: classes mangle the name, so never see it
_Account__limit = 50  # what `__limit` means as a global inside class Account


class Account:
    __rate = 3  # the class attribute _Account__rate

    def __init__(self, owner, __balance=0):
        self.owner = owner
        self.__balance = __balance
        self.__history = []

    def __log(self, what):
        self.__history.append(what)

    def deposit(self, amount):
        __amount = amount * self.__rate  # a mangled local
        self.__balance += __amount
        self.__log(("deposit", __amount))
        return self.__balance

    def history(self):
        return [__kind for __kind, _ in self.__history]

    def limit(self):
        return __limit  # the global _Account__limit

    def closure(self):
        __seen = []

        def __add(x):
            __seen.append(x * 2)
            return len(__seen)

        add = __add
        add(1)
        add(2)
        return __seen, __add.__name__

    def counter(self):
        global __total
        __total = 7
        return __total

    def keyword_only(self, *, __flag=False):
        return __flag

    def show(self):
        return self.__balance, getattr(self, "_Account__balance"), hasattr(self, "__balance")


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, 10)
        self.__balance = -1  # _Savings__balance: not the base's

    def both(self):
        return self.__balance, self._Account__balance

    def base_log(self):
        try:
            self.__log("x")  # _Savings__log: Savings has none
        except AttributeError as e:
            print("AttributeError:", e)


a = Account("ann")
print(a.deposit(5), a.deposit(1), a.history())
print(sorted(vars(a)))
print(a._Account__balance, Account._Account__rate, a.limit())
print(a.closure())
print(a.counter(), _Account__total)
print(a.keyword_only(), a.keyword_only(_Account__flag=True))
try:
    a.keyword_only(__flag=True)  # keywords of calls are not mangled
except TypeError as e:
    print("TypeError:", e)
print(a.show())
try:
    a.__balance  # outside the class: not mangled
except AttributeError as e:
    print("AttributeError:", e)
print(Account._Account__log.__name__)
print(hasattr(Account, "__log"), "_Account__rate" in vars(Account))

s = Savings("bob")
print(s.both(), sorted(vars(s)))
s.base_log()
print(s.deposit(2), s.both())
print(__counter)


class _Private:
    def __init__(self):
        self.__x = 1  # the class name loses its leading underscore: _Private__x


class ___:
    def __init__(self):
        self.__x = 2  # a class named only underscores mangles nothing


class Dunders:
    def __init__(self):
        self.__dict_like__ = 3  # ends with __: not mangled
        self.__ = 4


print(sorted(vars(_Private())), sorted(vars(___())), sorted(vars(Dunders())))


class Lookup:
    __table = {"a": 1}

    @classmethod
    def lookup(cls, key):
        return cls.__table.get(key, -1)

    @staticmethod
    def __helper(x):
        return x + 1

    def use(self):
        return Lookup.__helper(1), self.__helper(2), [self.__helper(i) for i in range(3)]

    def compute(self):
        return (lambda __v: __v * self.__helper(0))(5)


print(Lookup.lookup("a"), Lookup.lookup("b"), Lookup().use(), Lookup().compute())


def uses_mangled_outside():
    obj = Lookup()
    return obj._Lookup__helper(10)


print(uses_mangled_outside())


class Catch:
    def run(self):
        try:
            raise ValueError("bad")
        except ValueError as __e:
            return str(__e)

    def matching(self, value):
        match value:
            case [__first, *__rest]:
                return __first, __rest
            case {"k": __v, **__others}:
                return __v, __others
        return None


print(Catch().run(), Catch().matching([1, 2, 3]), Catch().matching({"k": 1, "j": 2}))
try:
    Account("x").__log("y")
except AttributeError as e:
    print("AttributeError:", e)


class Slotted:
    __slots__ = ("__x", "y")  # the slot is _Slotted__x, as CPython's type_new mangles it

    def __init__(self):
        self.__x = 1
        self.y = 2

    def get(self):
        return self.__x


class _SubSlotted(Slotted):
    __slots__ = "__z"

    def set(self, value):
        self.__z = value
        return self._SubSlotted__z, self.get()


print(Slotted().get(), Slotted.__slots__, _SubSlotted().set(3))
try:
    _SubSlotted().other = 1
except AttributeError as e:
    print("AttributeError:", e)


class Broken:
    def read(self):
        return self.__deep()

    def __deep(self):
        return self.__hidden_value  # AttributeError names the mangled attribute; the frame is __deep


Broken().read()
