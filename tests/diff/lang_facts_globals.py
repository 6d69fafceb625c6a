# Globals rebound on rare paths (`global` in functions: an int that becomes a float, str,
# None, big int or list; del and restore), a shared global list, and class names rebound
# by binders that are not assignments: a match capture pattern and `except ... as`.

counter = 0
mode = "int"
log = []
limit = 10


def step():
    global counter
    counter = counter + 1
    return counter


def switch(kind):
    global counter, mode
    mode = kind
    if kind == "float":
        counter = counter + 0.5
    elif kind == "str":
        counter = "c" + str(counter)
    elif kind == "none":
        counter = None
    elif kind == "big":
        counter = 2 ** 80
    elif kind == "list":
        counter = [counter]


def report():
    log.append(counter)
    return counter


def shrink():
    global limit
    limit = limit / 4


def reset_log():
    global log
    log = ["reset"]


for i in range(3):
    step()
print(report(), counter + 1, mode)
switch("float")
print(report(), counter * 2, mode)
step()
print(counter)
switch("str")
print(report() + "!", mode)
switch("none")
print(report() is None, counter)
counter = 5
switch("big")
print(step() - 2 ** 80, counter)
switch("list")
print(counter, report())
print(log)
shrink()
print(limit, limit * 4)
reset_log()
log.append(1.5)
report()
print(log)


def uses_later():
    return later + 1


later = 1
print(uses_later())
later = 2.5
print(uses_later())
del later
try:
    uses_later()
except NameError as e:
    print("NameError", e)
later = "x"
try:
    uses_later()
except TypeError as e:
    print("TypeError", e)



class Unit:
    scale = 1

    def __init__(self):
        self.v = 1


class Other:
    def __init__(self):
        self.v = "other"


def make_other():
    return Other()


print(Unit().v + 1, Unit.scale + 1)
match make_other:
    case Unit:
        print("captured", Unit is make_other)
u = Unit()
print(u.v + "!")
try:
    raise KeyError("k")
except KeyError as Unit:
    note = Unit.args
    print("caught", note)
print("end")
