# Builtin exception classes beyond the common ones: raised, caught by their bases,
# subclassed, printed; IOError and EnvironmentError are OSError.


class ConfigWarning(UserWarning):
    pass


class ParseError(SyntaxError):
    def __init__(self, message, where):
        super().__init__(message)
        self.where = where


def check(kind, *args):
    try:
        raise kind(*args)
    except Exception as e:
        bases = [c.__name__ for c in type(e).__mro__]
        print(type(e).__name__, repr(e), str(e), bases)


for kind in (SyntaxError, IndentationError, TabError, TimeoutError, PermissionError, FileExistsError,
             IsADirectoryError, NotADirectoryError, ConnectionError, BufferError, ReferenceError,
             SystemError, StopAsyncIteration, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
             ConfigWarning):
    check(kind, 'message')
check(TimeoutError)
print(type(ValueError()).__bases__, type(True).__mro__, type(1).__bases__, type(BaseException()).__bases__)
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
print(issubclass(TabError, SyntaxError), issubclass(TimeoutError, OSError), issubclass(ConfigWarning, Warning),
      issubclass(UserWarning, Exception), issubclass(PermissionError, ValueError))
try:
    raise PermissionError('denied')
except OSError as e:
    print('caught as OSError:', e, isinstance(e, PermissionError), isinstance(e, IOError))
try:
    raise ParseError('unexpected end', 7)
except SyntaxError as e:
    print('caught as SyntaxError:', e, e.where, e.args)
try:
    try:
        raise ConnectionError('reset')
    except ConnectionError as e:
        raise TimeoutError('gave up') from e
except OSError as e:
    print(type(e).__name__, e, '<-', type(e.__cause__).__name__, e.__cause__)
errors = {TimeoutError: 'retry', PermissionError: 'ask'}
for e in (TimeoutError(), PermissionError(), FileExistsError()):
    print(errors.get(type(e), 'give up'))
raise ConfigWarning('old setting used')
