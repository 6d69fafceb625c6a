"""match: mapping patterns with literal keys, captures, **rest, nested values and extra keys."""
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": str(k)}:
            return "key " + k
        case {"type": "move", **rest} if rest:
            return "move with " + repr(sorted(rest.items()))
        case {"type": "move"}:
            return "bare move"
        case {"type": t}:
            return "unknown type " + repr(t)
        case {}:
            return "no type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "click", "x": 1},
    {"type": "click", "x": 3, "y": 4, "button": "left"},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a"},
    {"type": "key", "key": 5},
    {"type": "move", "dx": 1, "dy": -1},
    {"type": "move"},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))


def config(c):
    match c:
        case {"db": {"host": host, "port": int(port)}, **others}:
            return "db %s:%d others=%r" % (host, port, others)
        case {"db": {"host": host}}:
            return "db %s default port" % host
        case {1: one, 2: two}:
            return "int keys %r %r" % (one, two)
    return "fallthrough"


print(config({"db": {"host": "h", "port": 5432}, "debug": True}))
print(config({"db": {"host": "h", "port": "x"}}))
print(config({1: "a", 2: "b", 3: "c"}))
print(config({1: "a"}))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
