"""An uncaught exception raised inside a method propagates through method frames: exit code 1."""
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds in " + self.owner + "'s account")
        self.balance -= amount
        return self.balance


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, name, amount):
        self.accounts[name] = Account(name, amount)

    def pay(self, name, amount):
        return self.accounts[name].withdraw(amount)


bank = Bank()
bank.open("ann", 100)
print(bank.pay("ann", 30))
print(bank.pay("ann", 50))
print("about to overdraw")
bank.pay("ann", 500)
print("never printed")
