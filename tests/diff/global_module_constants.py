# Globals bound once to a literal at the top level are read as constants below their
# assignment; every other global stays a global read.
SIZE = 4
LABEL = "item"
OFFSET = -3
RATE = 2.5
ENABLED = True
NOTHING = None
HUGE = 10 ** 30
REBOUND = 1
REBOUND = 2
NEG_FLOAT = -0.5
CHANGED_LATER = 10
DELETED = 3


def reads_before_assignment():
    return LATE


try:
    reads_before_assignment()
except NameError as e:
    print("before:", e)
LATE = 7
print("after:", reads_before_assignment())


def loop_total(k):
    total = 0
    i = 0
    while i < SIZE:
        total += i * k + OFFSET
        i += 1
    return total


print(loop_total(3), LABEL * SIZE, RATE * SIZE, ENABLED and SIZE, NOTHING is None)
print(REBOUND, HUGE, NEG_FLOAT, -OFFSET, SIZE // 3, SIZE / 8, SIZE == 4.0, LABEL + "s")


def local_of_the_same_name():
    SIZE = 10
    return SIZE


print(local_of_the_same_name(), SIZE)


def rebinds():
    global CHANGED_LATER
    CHANGED_LATER += 1


rebinds()
rebinds()
print(CHANGED_LATER)


class Box:
    CAPACITY = SIZE * 2

    def fits(self, n):
        return n <= self.CAPACITY and n >= SIZE


print(Box.CAPACITY, Box().fits(5), Box().fits(3), Box().fits(9))
print([SIZE * i for i in range(SIZE)], {LABEL: SIZE}, (lambda: OFFSET)())
for SHADOW in range(2):
    print(SHADOW)
print(SHADOW)
del DELETED
try:
    print(DELETED)
except NameError as e:
    print(e)
print(SIZE + UNDEFINED_LATER)
