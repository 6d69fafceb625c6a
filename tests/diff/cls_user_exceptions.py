"""User exception classes: extra attributes, super().__init__(msg), str(e), e.args, a hierarchy."""
class AppError(Exception):
    pass

class ValidationError(AppError, ValueError):
    def __init__(self, field, msg):
        super().__init__(field + ": " + msg)
        self.field = field

class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found", key)
        self.key = key

    def __str__(self):
        return "missing key " + repr(self.key)

class MyError(ValueError):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

try:
    raise MyError("bad value", code=7)
except ValueError as e:
    print(type(e).__name__, str(e), e.args, e.code, repr(e))

errors = [ValidationError("age", "must be positive"), NotFound("k1"), AppError("generic"),
          MyError("m"), KeyError("kk")]
for err in errors:
    try:
        raise err
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except NotFound as e:
        print("notfound", e, e.args, e.key)
    except AppError as e:
        print("app", e, e.args)
    except Exception as e:
        print("other", type(e).__name__, e)

print(issubclass(ValidationError, ValueError), issubclass(NotFound, ValueError))
print([c.__name__ for c in ValidationError.__mro__])
try:
    int("x")
except AppError:
    print("wrong")
except ValueError as e:
    print("plain ValueError:", e)

class Empty(Exception):
    pass

e0 = Empty()
print(repr(str(e0)), e0.args, repr(e0))
print(repr(AppError("a", 1)), str(AppError("a", 1)))

def check(n):
    if n < 0:
        raise ValidationError("n", "negative: " + str(n))
    return n

total = 0
for n in [1, -2, 3, -4]:
    try:
        total += check(n)
    except AppError as e:
        print("skip", e)
print(total)
