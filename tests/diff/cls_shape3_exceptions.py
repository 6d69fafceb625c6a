# User exceptions mixed with shaped classes: exceptions carrying instances (and instances
# carrying exceptions), __init__s that raise after storing self, an exception class with a
# shaped base, chaining; ends with an uncaught user exception whose __str__ reads an instance.
half = []


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        half.append(self)
        if balance < 0:
            raise AppError(self, "negative " + owner)

    def withdraw(self, n):
        if n > self.balance:
            raise Overdraft(self, n)
        self.balance -= n
        return self.balance

    def __eq__(self, other):
        if not isinstance(other, Account):
            raise TypeError("cannot compare Account with " + type(other).__name__)
        return self.owner == other.owner


class AppError(Exception):
    def __init__(self, acct, msg):
        super().__init__(msg)
        self.acct = acct


class Overdraft(AppError):
    def __init__(self, acct, n):
        AppError.__init__(self, acct, "overdraft " + str(n))
        self.n = n

    def __str__(self):
        return "Overdraft(" + self.acct.owner + ", " + str(self.n) + ")"


class Tracked(ValueError):
    pass


class Mixed(Account, KeyError):
    def __init__(self, owner):
        Account.__init__(self, owner, 0)


accts = [Account("ann", 10), Account("bob", 5)]
for a in accts:
    try:
        for amount in (3, 4, 5):
            print(a.owner, a.withdraw(amount))
    except AppError as e:
        print("caught", e, e.acct is a, e.args, e.n, type(e).__name__, isinstance(e, Exception))
        e.acct.frozen = True
        e.acct.last_error = e
print([getattr(a, "frozen", False) for a in accts], accts[0].last_error.n)
for owner in ("cy", "dee"):
    try:
        Account(owner, -1 if owner == "dee" else 1)
    except AppError as e:
        print("init", e, e.acct.owner, e.acct in half, len(half))
try:
    print(Account("ann", 0) in [accts[0]], Account("eve", 1) in [accts[1], 5])
except TypeError as e:
    print("TE", e)
try:
    raise Tracked(accts[0], accts[1])
except ValueError as e:
    print(len(e.args), e.args[0].owner, e.args[1].balance, Account.withdraw(e.args[1], 1))
    e.note = accts[0]
    print(e.note.balance, repr(e)[:8])
try:
    raise Mixed("mix")
except KeyError as e:
    print("mixed", e.owner, e.balance, isinstance(e, Account), e.args, e == accts[0])
    try:
        e.withdraw(1)
    except Overdraft as o:
        print(str(o), o.acct is e)


def risky(x):
    try:
        return Account.withdraw(x, 100)
    except AttributeError as e:
        return "AE " + str(e)
    finally:
        print("finally", type(x).__name__)


print(risky(7))
try:
    try:
        risky(accts[1])
    except Overdraft as e:
        raise KeyError(e.acct) from e
except KeyError as k:
    print(type(k.__cause__).__name__, k.args[0].owner, k.__cause__.acct is k.args[0])
raise Overdraft(accts[0], 1)
