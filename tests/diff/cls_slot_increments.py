# self.x += k and self.x -= k for slots of self and small int constants: in place for small
# ints, and every other value by its own operator: big ints past the small-int range,
# floats, bools, strs (TypeError), a class attribute seen through an unbound slot, a value
# with __iadd__/__isub__, a deleted attribute (AttributeError).


class Vec:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, k):
        return Vec(self.n * 10 + k)

    def __sub__(self, k):
        return Vec(self.n - 100 * k)

    def __repr__(self):
        return "Vec(" + str(self.n) + ")"


class Counter:
    start = 40

    def __init__(self, value):
        self.value = value
        if value == "fresh":
            del self.value

    def up(self):
        self.value += 1
        return self.value

    def down(self):
        self.value -= 3
        return self.value

    def reset_from_class(self):
        self.start += 2
        return self.start


big = Counter(2 ** 47 - 2)
print(big.up(), big.up(), big.up(), big.down(), big.down())
neg = Counter(-(2 ** 47) + 2)
print(neg.down(), neg.down(), neg.up())
print(Counter(2.5).up(), Counter(True).up(), Counter(False).down(), Counter(2 ** 80).down())
print(Counter(Vec(7)).up(), Counter(Vec(7)).down())
c = Counter(0)
for _ in range(1000):
    c.up()
print(c.value, c.reset_from_class(), Counter.start, c.reset_from_class())
try:
    Counter("text").up()
except TypeError as e:
    print("TypeError:", e)
try:
    Counter("fresh").up()
except AttributeError as e:
    print("AttributeError:", e)
Counter("fresh").down()
