# An exception raised in an __init__ called directly (C(args)) carries the frames of the
# call and of __init__, as CPython's traceback shows them.


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = self.checked(balance)

    def checked(self, amount):
        if amount < 0:
            raise ValueError("negative balance: " + str(amount))
        return amount


def open_accounts(amounts):
    return [Account("a" + str(i), amount) for i, amount in enumerate(amounts)]


print(len(open_accounts([1, 2, 3])))
open_accounts([5, -1])
