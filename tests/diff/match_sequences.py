"""match: sequence patterns, fixed length and *rest, nested sequences, strings not sequences."""
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return "one: " + repr(x)
        case [x, y]:
            return "pair: " + repr(x) + "," + repr(y)
        case [0, *rest]:
            return "starts with zero, rest=" + repr(rest)
        case [first, *middle, last] if len(middle) > 2:
            return "long: %r..%r (middle %d)" % (first, last, len(middle))
        case [first, *_, last]:
            return "first=%r last=%r" % (first, last)


for s in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3], [1, 2, 3, 4, 5], (9, 8, 7, 6), "ab"]:
    print(repr(s), "->", shape(s))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return "going " + d
        case ["go", *_]:
            return "bad direction"
        case ["take", item, *more]:
            return "take " + " and ".join([item] + more)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"


for c in ["go north", "go up", "take key", "take a b c", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", command(c))


def nested(p):
    match p:
        case [(x1, y1), (x2, y2)] if x1 == x2:
            return "vertical at x=%d" % x1
        case [(x1, y1), (x2, y2)]:
            return "segment %d,%d-%d,%d" % (x1, y1, x2, y2)
        case [[*inner], *rest]:
            return "inner=%r rest=%r" % (inner, rest)
        case _:
            return "no match"


print(nested([(1, 2), (1, 5)]))
print(nested([(0, 0), (3, 4)]))
print(nested([[1, 2, 3], 4, 5]))
print(nested([1, 2]))
print(nested("xy"))
match (1, [2, 3]):
    case (a, [b, c]):
        print("destructured", a, b, c)
match range(3):
    case [a, b, c]:
        print("range matched", a, b, c)
