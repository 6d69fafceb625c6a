"""Bank-account simulation with global balance, fees, interest and a log line."""
balance = 0
fees = 0
tx_count = 0
rejected = 0

def deposit(amount):
    global balance
    global tx_count
    if amount <= 0:
        print('  bad deposit', amount)
        return False
    balance += amount
    tx_count += 1
    return True

def withdraw(amount):
    global balance
    global tx_count
    global rejected
    if amount > balance:
        rejected += 1
        print('  insufficient funds for', amount, 'balance', balance)
        return False
    balance -= amount
    tx_count += 1
    charge_fee(amount)
    return True

def charge_fee(amount):
    global fees
    global balance
    fee = amount // 100
    if fee < 1:
        fee = 1
    fees += fee
    balance -= fee

def add_interest(rate_permille):
    global balance
    interest = balance * rate_permille // 1000
    balance += interest
    return interest

def report(tag):
    print(tag, 'balance', balance, 'fees', fees, 'tx', tx_count, 'rejected', rejected)

report('start')
print(deposit(1000))
print(deposit(-5))
print(withdraw(250))
print(withdraw(5000))
report('after basics')
for month in range(1, 13):
    deposit(month * 100)
    if month % 3 == 0:
        withdraw(month * 150)
    print('month', month, 'interest', add_interest(5), 'balance', balance)
report('year end')
while balance > 500:
    withdraw(777)
report('drained')
