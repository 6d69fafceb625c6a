"""match: literal patterns, captures, wildcard, | alternatives, guards, as-captures, no match."""
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello" | "hi":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case 1.5:
            return "one and a half"
        case int(n) if n > 100:
            return "big int " + str(n)
        case str() as s if len(s) > 5:
            return "long str " + s
        case _:
            return "other " + repr(x)

for v in [0, 1, 3, -1, "hi", "hello", True, False, None, 1.5, 500, 50, "abcdefg", "abc", 2.0, 0.0]:
    print(repr(v), "->", describe(v))

def grade(score):
    match score:
        case n if n >= 90:
            return "A"
        case n if n >= 80:
            return "B"
        case n:
            return "C" + str(n)

print([grade(s) for s in [95, 85, 42]])

def no_default(x):
    result = "unset"
    match x:
        case 1:
            result = "one"
        case "x":
            result = "ex"
    return result

print(no_default(1), no_default("x"), no_default(2))

class Status:
    NOT_FOUND = 404
    ERROR = 500

def http(code):
    match code:
        case Status.NOT_FOUND:
            return "not found"
        case Status.ERROR | 503 as c:
            return "server error " + str(c)
        case (200 | 201 | 204) as c:
            return "ok " + str(c)
        case other:
            return "unknown " + str(other)

print([http(c) for c in [200, 204, 404, 500, 503, 418]])
match "-".join(["a", "b"]):
    case "a-b":
        print("joined matched")
