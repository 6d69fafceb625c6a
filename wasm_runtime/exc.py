"""Exceptions: the pending exception, raising, handling, the traceback, and printing an
uncaught one.

A function that raises stores the exception in EXC_CURRENT and returns ERROR_VALUE (or,
with an unboxed result, any value: callers then test EXC_CURRENT). Each frame the
exception passes through appends (function, file, line, source line) to TRACEBACK. An
`except` that catches it takes it out of EXC_CURRENT (exc_fetch), keeps the traceback in
the exception object and pushes it on HANDLED, the exceptions being handled
(sys.exc_info()): an exception raised meanwhile gets it as its __context__.

An exception object:
    +8   i32  kind (EXC_*)
    +16  obj  args (a tuple)
    +24  obj  __cause__, or 0
    +32  obj  __context__, or 0
    +40  obj  its traceback (a bytes object of TRACEBACK entries), or 0
    +48  i32  __suppress_context__
    +56  obj  str(e), made when the exception is: printing an uncaught exception then
              needs no str() of arbitrary objects, so a program that makes no exception
              of its own does not carry every type's repr; 0 for an instance of a class
              of the program, whose str() may be its own __str__
    +64  obj  its class when that is a class of the program (class MyError(ValueError)),
              whose nearest builtin base gives the kind; 0 for a builtin exception
    +72  obj  its attributes (a dict), 0 until the first is set
"""

EXC_KIND = 8
EXC_ARGS = 16
EXC_CAUSE = 24
EXC_CONTEXT = 32
EXC_TRACEBACK = 40
EXC_SUPPRESS_CONTEXT = 48
EXC_MESSAGE = 56
EXC_CLASS = 64
EXC_DICT = 72
EXC_OBJECT_SIZE = 80

EXC_BASE_EXCEPTION = 0
EXC_EXCEPTION = 1
EXC_ARITHMETIC_ERROR = 2
EXC_ZERO_DIVISION_ERROR = 3
EXC_OVERFLOW_ERROR = 4
EXC_VALUE_ERROR = 5
EXC_TYPE_ERROR = 6
EXC_NAME_ERROR = 7
EXC_UNBOUND_LOCAL_ERROR = 8
EXC_MEMORY_ERROR = 9
EXC_NOT_IMPLEMENTED_ERROR = 10
EXC_RECURSION_ERROR = 11
EXC_INDEX_ERROR = 12
EXC_KEY_ERROR = 13
EXC_LOOKUP_ERROR = 14
EXC_ATTRIBUTE_ERROR = 15
EXC_STOP_ITERATION = 16
EXC_RUNTIME_ERROR = 17
EXC_ASSERTION_ERROR = 18
# UnicodeError is a ValueError; UnicodeEncodeError and UnicodeDecodeError are UnicodeErrors.
EXC_UNICODE_ERROR = 19
EXC_UNICODE_ENCODE_ERROR = 20
EXC_UNICODE_DECODE_ERROR = 21
EXC_KEYBOARD_INTERRUPT = 22
EXC_SYSTEM_EXIT = 23
EXC_GENERATOR_EXIT = 24
EXC_FLOATING_POINT_ERROR = 25
EXC_IMPORT_ERROR = 26
EXC_MODULE_NOT_FOUND_ERROR = 27
EXC_OS_ERROR = 28
EXC_FILE_NOT_FOUND_ERROR = 29
EXC_EOF_ERROR = 30
EXC_SYNTAX_ERROR = 31
EXC_INDENTATION_ERROR = 32
EXC_TAB_ERROR = 33
EXC_TIMEOUT_ERROR = 34
EXC_PERMISSION_ERROR = 35
EXC_FILE_EXISTS_ERROR = 36
EXC_IS_A_DIRECTORY_ERROR = 37
EXC_NOT_A_DIRECTORY_ERROR = 38
EXC_CONNECTION_ERROR = 39
EXC_BUFFER_ERROR = 40
EXC_REFERENCE_ERROR = 41
EXC_SYSTEM_ERROR = 42
EXC_STOP_ASYNC_ITERATION = 43
EXC_WARNING = 44
EXC_USER_WARNING = 45
EXC_DEPRECATION_WARNING = 46
EXC_RUNTIME_WARNING = 47
# The base class of each kind, by kind (BaseException has none: -1).
EXC_BASES = data_i32([-1, 0, 1, 2, 2, 1, 1, 1, 7, 1, 17, 17, 14, 14, 1, 1, 1, 1, 1, 5, 19, 19, 0, 0, 0, 2, 1,
                      26, 1, 28, 1, 1, 31, 32, 28, 28, 28, 28, 28, 28, 1, 1, 1, 1, 1, 44, 44, 44])

EXC_CURRENT: i64 = 0
# The exceptions being handled, innermost last (a list), made on first use.
HANDLED: i64 = 0

# MemoryError is raised without allocating: one static, immortal instance (args: the
# empty tuple is filled in by exc_args).
MEMORY_ERROR_OBJECT = data_i32([IMMORTAL_REFCNT, TYPE_EXCEPTION, EXC_MEMORY_ERROR, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                0, 0, 0, 0, 0, 0, 0, 0])

TRACEBACK_CAPACITY = 1100  # above the recursion limit
TRACEBACK_ENTRY = 32  # function (obj), file (obj), line (i32), source line (obj)
TRACEBACK = data_zero(TRACEBACK_CAPACITY * TRACEBACK_ENTRY)
TRACEBACK_COUNT: i32 = 0
TRACEBACK_DROPPED: i32 = 0


def exc_name(kind: i32) -> obj:
    if kind == EXC_ZERO_DIVISION_ERROR:
        return "ZeroDivisionError"
    if kind == EXC_OVERFLOW_ERROR:
        return "OverflowError"
    if kind == EXC_VALUE_ERROR:
        return "ValueError"
    if kind == EXC_TYPE_ERROR:
        return "TypeError"
    if kind == EXC_NAME_ERROR:
        return "NameError"
    if kind == EXC_UNBOUND_LOCAL_ERROR:
        return "UnboundLocalError"
    if kind == EXC_MEMORY_ERROR:
        return "MemoryError"
    if kind == EXC_NOT_IMPLEMENTED_ERROR:
        return "NotImplementedError"
    if kind == EXC_RECURSION_ERROR:
        return "RecursionError"
    if kind == EXC_INDEX_ERROR:
        return "IndexError"
    if kind == EXC_KEY_ERROR:
        return "KeyError"
    if kind == EXC_LOOKUP_ERROR:
        return "LookupError"
    if kind == EXC_ATTRIBUTE_ERROR:
        return "AttributeError"
    if kind == EXC_STOP_ITERATION:
        return "StopIteration"
    if kind == EXC_RUNTIME_ERROR:
        return "RuntimeError"
    if kind == EXC_ASSERTION_ERROR:
        return "AssertionError"
    if kind == EXC_ARITHMETIC_ERROR:
        return "ArithmeticError"
    if kind == EXC_UNICODE_ERROR:
        return "UnicodeError"
    if kind == EXC_UNICODE_ENCODE_ERROR:
        return "UnicodeEncodeError"
    if kind == EXC_UNICODE_DECODE_ERROR:
        return "UnicodeDecodeError"
    if kind == EXC_EXCEPTION:
        return "Exception"
    if kind == EXC_KEYBOARD_INTERRUPT:
        return "KeyboardInterrupt"
    if kind == EXC_SYSTEM_EXIT:
        return "SystemExit"
    if kind == EXC_GENERATOR_EXIT:
        return "GeneratorExit"
    if kind == EXC_FLOATING_POINT_ERROR:
        return "FloatingPointError"
    if kind == EXC_IMPORT_ERROR:
        return "ImportError"
    if kind == EXC_MODULE_NOT_FOUND_ERROR:
        return "ModuleNotFoundError"
    if kind == EXC_OS_ERROR:
        return "OSError"
    if kind == EXC_FILE_NOT_FOUND_ERROR:
        return "FileNotFoundError"
    if kind == EXC_EOF_ERROR:
        return "EOFError"
    if kind == EXC_SYNTAX_ERROR:
        return "SyntaxError"
    if kind == EXC_INDENTATION_ERROR:
        return "IndentationError"
    if kind == EXC_TAB_ERROR:
        return "TabError"
    if kind == EXC_TIMEOUT_ERROR:
        return "TimeoutError"
    if kind == EXC_PERMISSION_ERROR:
        return "PermissionError"
    if kind == EXC_FILE_EXISTS_ERROR:
        return "FileExistsError"
    if kind == EXC_IS_A_DIRECTORY_ERROR:
        return "IsADirectoryError"
    if kind == EXC_NOT_A_DIRECTORY_ERROR:
        return "NotADirectoryError"
    if kind == EXC_CONNECTION_ERROR:
        return "ConnectionError"
    if kind == EXC_BUFFER_ERROR:
        return "BufferError"
    if kind == EXC_REFERENCE_ERROR:
        return "ReferenceError"
    if kind == EXC_SYSTEM_ERROR:
        return "SystemError"
    if kind == EXC_STOP_ASYNC_ITERATION:
        return "StopAsyncIteration"
    if kind == EXC_WARNING:
        return "Warning"
    if kind == EXC_USER_WARNING:
        return "UserWarning"
    if kind == EXC_DEPRECATION_WARNING:
        return "DeprecationWarning"
    if kind == EXC_RUNTIME_WARNING:
        return "RuntimeWarning"
    return "BaseException"


def exc_base(kind: i32) -> i32:
    return load_i32(EXC_BASES + kind * 4)


def exc_kind_is(kind: i32, base: i32) -> i32:
    """Whether the exception kind `kind` is `base` or derives from it."""
    while kind >= 0:
        if kind == base:
            return 1
        kind = exc_base(kind)
    return 0


def set_exception(e: obj) -> None:
    """Raise e (a new reference): the exception being handled becomes its __context__."""
    exc_restore(e)
    p: i32 = i32(e)
    if HANDLED != 0 and list_length(HANDLED) != 0 and p != i32(MEMORY_ERROR_OBJECT):
        handled: obj = list_item(HANDLED, list_length(HANDLED) - 1)
        if handled != e:
            incref(handled)
            decref(load_i64(p, EXC_CONTEXT))
            store_i64(p, handled, EXC_CONTEXT)


def exc_restore(e: obj) -> None:
    """Make e (a new reference) the pending exception; its traceback continues the one it
    carries (from an earlier raise)."""
    if EXC_CURRENT != 0:
        decref(EXC_CURRENT)
    EXC_CURRENT = e
    TRACEBACK_COUNT = 0
    TRACEBACK_DROPPED = 0
    p: i32 = i32(e)
    saved: obj = load_i64(p, EXC_TRACEBACK)
    if saved != 0:
        TRACEBACK_COUNT = bytes_length(saved) // TRACEBACK_ENTRY
        memory_copy(TRACEBACK, bytes_data(saved), bytes_length(saved))


def exc_new(kind: i32, args: obj) -> obj:
    """A new exception of `kind` with the tuple `args` (borrowed), not raised."""
    message: obj = exc_args_str(kind, args)
    if message == ERROR_VALUE:
        return message
    e: obj = exc_alloc(kind, args, message)
    decref(message)
    return e


def exc_alloc(kind: i32, args: obj, message: obj) -> obj:
    """A new exception of `kind` with the tuple `args` whose str is `message` (both
    borrowed)."""
    p: i32 = alloc(EXC_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    memory_fill(p, 0, EXC_OBJECT_SIZE)
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_EXCEPTION, OB_TYPE)
    store_i32(p, kind, EXC_KIND)
    incref(args)
    store_i64(p, args, EXC_ARGS)
    incref(message)
    store_i64(p, message, EXC_MESSAGE)
    return box_ptr(p)


def raise_new(kind: i32, message: obj) -> obj:
    """Raise a new exception of `kind` with one argument, the str `message` (KeyErrors:
    raise_key_error); ERROR_VALUE."""
    return raise_with_args(kind, message, new_ref(message))


def raise_empty(kind: i32) -> obj:
    """Raise a new exception of `kind` without arguments."""
    e: obj = exc_alloc(kind, tuple_new(0), "")
    if e != ERROR_VALUE:
        set_exception(e)
    return ERROR_VALUE


def raise_with_args(kind: i32, arg: obj, message: obj) -> obj:
    """Raise an exception of `kind` with the one argument `arg` and the str `message`
    (taken over)."""
    args: obj = tuple_new(1)
    if args == ERROR_VALUE:
        decref(message)
        return args
    incref(arg)
    tuple_set(args, 0, arg)
    e: obj = exc_alloc(kind, args, message)
    decref(args)
    decref(message)
    if e == ERROR_VALUE:
        return e
    set_exception(e)
    return ERROR_VALUE


def raise_errno(kind: i32, errno: i64, message: obj) -> obj:
    """An exception with the arguments (errno, message), as C library errors give."""
    args: obj = tuple_new(2)
    if args == ERROR_VALUE:
        return args
    tuple_set(args, 0, box_int(errno))
    tuple_set(args, 1, new_ref(message))
    e: obj = exc_new(kind, args)
    decref(args)
    if e != ERROR_VALUE:
        set_exception(e)
    return ERROR_VALUE


def raise_memory_error() -> obj:
    set_exception(box_ptr(MEMORY_ERROR_OBJECT))
    return ERROR_VALUE


def raise_with_parts(kind: i32, a: obj, b: obj, c: obj) -> obj:
    """Raise with the message a + b + c (three strs)."""
    message: obj = str_concat3(a, b, c)
    if message == ERROR_VALUE:
        return message
    result: obj = raise_new(kind, message)
    decref(message)
    return result


def raise_overflow_int() -> None:
    raise_new(EXC_OVERFLOW_ERROR, "int too large: molt's ints are limited to 48 bits for now")


def raise_zero_division(message: obj) -> None:
    raise_new(EXC_ZERO_DIVISION_ERROR, message)


def raise_name_error(name: obj) -> None:
    raise_with_parts(EXC_NAME_ERROR, "name '", name, "' is not defined")


def raise_unbound_local(name: obj) -> None:
    raise_with_parts(EXC_UNBOUND_LOCAL_ERROR, "cannot access local variable '", name,
                     "' where it is not associated with a value")


def raise_range_step_zero() -> None:
    raise_new(EXC_VALUE_ERROR, "range() arg 3 must not be zero")


def raise_call_error(message: obj) -> None:
    raise_new(EXC_TYPE_ERROR, message)


def exc_dealloc(p: i32) -> None:
    decref(load_i64(p, EXC_ARGS))
    decref(load_i64(p, EXC_CAUSE))
    decref(load_i64(p, EXC_CONTEXT))
    decref(load_i64(p, EXC_TRACEBACK))
    decref(load_i64(p, EXC_MESSAGE))
    decref(load_i64(p, EXC_DICT))
    free(p)


def replace_exception_args(e: obj, args: obj) -> None:
    """BaseException.__init__(e, *args)."""
    p: i32 = i32(e)
    incref(args)
    decref(load_i64(p, EXC_ARGS))
    store_i64(p, args, EXC_ARGS)


def exc_args(e: obj) -> obj:
    """e.args (borrowed)."""
    args: obj = load_i64(i32(e), EXC_ARGS)
    if args == 0:
        return tuple_new(0)
    return args


# Raising and handling, as the compiled code does it.

def raise_object(v: obj, cause: obj) -> None:
    """`raise v` (cause MISSING) or `raise v from cause`: v is an exception or an exception
    type, which is called with no arguments."""
    e: obj = exception_instance(v, "exceptions must derive from BaseException")
    if e == ERROR_VALUE:
        return
    if cause != MISSING_VALUE:
        c: obj = 0
        if cause != NONE_VALUE:
            c = exception_instance(cause, "exception causes must derive from BaseException")
            if c == ERROR_VALUE:
                decref(e)
                return
        decref(load_i64(i32(e), EXC_CAUSE))
        store_i64(i32(e), c, EXC_CAUSE)
        store_i32(i32(e), 1, EXC_SUPPRESS_CONTEXT)
    set_exception(e)


def exception_instance(v: obj, message: obj) -> obj:
    """v itself if an exception (a new reference), v() if an exception type; TypeError else."""
    if type_of(v) == TYPE_EXCEPTION:
        return new_ref(v)
    if type_of(v) == TYPE_TYPE and load_i32(i32(v), TYPE_OBJECT_CODE) >= TYPECODE_EXCEPTION:
        return exc_alloc(load_i32(i32(v), TYPE_OBJECT_CODE) - TYPECODE_EXCEPTION, tuple_new(0), "")
    if type_of(v) == TYPE_CLASS and class_exception_kind(v) >= 0:
        no_arguments: obj = tuple_new(0)
        e: obj = class_call(v, no_arguments, MISSING_VALUE)
        decref(no_arguments)
        return e
    return raise_new(EXC_TYPE_ERROR, message)


def exc_fetch() -> obj:
    """Take the pending exception to handle it (a new reference): it keeps its traceback
    and goes on HANDLED until exc_handled_pop."""
    e: obj = EXC_CURRENT
    EXC_CURRENT = 0
    tb: obj = bytes_from_memory(TRACEBACK, TRACEBACK_COUNT * TRACEBACK_ENTRY)
    if tb != ERROR_VALUE:
        decref(load_i64(i32(e), EXC_TRACEBACK))
        store_i64(i32(e), tb, EXC_TRACEBACK)
    else:  # no memory for it: handle the exception without its traceback
        decref(EXC_CURRENT)
        EXC_CURRENT = 0
    if HANDLED == 0:
        HANDLED = list_new(0)
    list_append(HANDLED, e)
    return e


def exc_catch(kind: i32) -> i32:
    """1 when the pending exception is of `kind` (or a subclass): it is dropped, as by an
    `except` whose body does nothing; 0 otherwise, and it stays pending."""
    if EXC_CURRENT == 0 or not exc_kind_is(load_i32(i32(EXC_CURRENT), EXC_KIND), kind):
        return 0
    decref(EXC_CURRENT)
    EXC_CURRENT = 0
    return 1


def exc_handled_pop() -> None:
    """The innermost handler is left."""
    n: i32 = list_length(HANDLED) - 1
    decref(list_item(HANDLED, n))
    store_i32(i32(HANDLED), n, LIST_LENGTH)


def exc_reraise(e: obj) -> obj:
    """Raise e again, its traceback going on (bare `raise`, or no except clause matched)."""
    incref(e)
    exc_restore(e)
    return ERROR_VALUE


def exc_reraise_handled() -> obj:
    """Bare `raise`: the exception being handled, or RuntimeError without one."""
    if HANDLED == 0 or list_length(HANDLED) == 0:
        return raise_new(EXC_RUNTIME_ERROR, "No active exception to reraise")
    return exc_reraise(list_item(HANDLED, list_length(HANDLED) - 1))


def exc_unwind() -> obj:
    """The pending exception goes on to the next handler (after a handler's cleanup)."""
    return ERROR_VALUE


def exc_matches(e: obj, classes: obj) -> i32:
    """Whether e is an instance of the exception class or tuple of classes `classes` (an
    `except` clause); TypeError when one is no exception class."""
    own: obj = py_type(e)
    if own == ERROR_VALUE:
        return 0
    return is_subtype_of_any(own, classes, ASK_EXCEPT)


def traceback_add(function: obj, file: obj, line: i32, source: obj) -> None:
    if TRACEBACK_COUNT == TRACEBACK_CAPACITY:
        TRACEBACK_DROPPED += 1
        return
    entry: i32 = TRACEBACK + TRACEBACK_COUNT * TRACEBACK_ENTRY
    store_i64(entry, function)
    store_i64(entry, file, 8)
    store_i32(entry, line, 16)
    store_i64(entry, source, 24)
    TRACEBACK_COUNT += 1


# Printing an uncaught exception.

# What exception_text gives of an exception.
TEXT_STR = 0   # str(e)
TEXT_TYPE = 1  # its type's name as a traceback prints it


def exception_text(e: obj, part: i32) -> obj:
    """A TEXT_* part of an uncaught exception, for its printer. The program provides it
    (molt/frontend/module.py): exc_text_of_class when it has classes (an exception of its
    own class may have a __str__, a standard module's class a __module__), else
    exc_text, so that a program without classes does not carry the machinery of calls."""
    ...


def exc_text(e: obj, part: i32) -> obj:
    """exception_text of a builtin exception."""
    if part == TEXT_TYPE:
        return new_ref(exc_name(load_i32(i32(e), EXC_KIND)))
    return exc_str(e)


def exc_text_of_class(e: obj, part: i32) -> obj:
    """exception_text of any exception."""
    if part == TEXT_TYPE:
        return exception_qualified_name(e)
    return exc_str_of_class(e)


def exc_str_of_class(e: obj) -> obj:
    """str(e) (a new reference): its class's __str__, or its arguments'."""
    cls: obj = load_i64(i32(e), EXC_CLASS)
    if cls != 0:
        own: obj = class_lookup(cls, "__str__")
        if own != MISSING_VALUE:
            return checked_text(call_method_0(own, e), "__str__")
        return exc_args_str(load_i32(i32(e), EXC_KIND), exc_args(e))
    return exc_str(e)


def exc_str(e: obj) -> obj:
    """str(e) of an exception without a __str__ of its own (a new reference)."""
    p: i32 = i32(e)
    message: obj = load_i64(p, EXC_MESSAGE)
    if message != 0:
        return new_ref(message)
    return new_ref("")  # the static MemoryError


def exception_type_name(e: obj) -> obj:
    """The name of e's type: its class's, or its kind's."""
    cls: obj = load_i64(i32(e), EXC_CLASS)
    if cls != 0:
        return load_i64(i32(cls), CLASS_NAME)
    return exc_name(load_i32(i32(e), EXC_KIND))


def exc_args_str(kind: i32, args: obj) -> obj:
    """str() of an exception: '' without arguments, str(arg) with one (repr(arg) for
    KeyError), else str(args)."""
    n: i32 = tuple_length(args)
    if n == 0:
        return new_ref("")
    if n == 1:
        if kind == EXC_KEY_ERROR:
            return py_repr(tuple_item(args, 0))
        return py_str(tuple_item(args, 0))
    return py_repr(args)


def print_uncaught() -> None:
    """Print the pending exception as CPython does: its chain of causes and contexts, each
    with its traceback (outermost frame first) and its `Kind: message` line."""
    e: obj = EXC_CURRENT
    EXC_CURRENT = 0
    tb: obj = bytes_from_memory(TRACEBACK, TRACEBACK_COUNT * TRACEBACK_ENTRY)
    if tb != ERROR_VALUE:
        decref(load_i64(i32(e), EXC_TRACEBACK))
        store_i64(i32(e), tb, EXC_TRACEBACK)
    print_exception_chain(e, 0)


def print_exception_chain(e: obj, depth: i32) -> None:
    p: i32 = i32(e)
    cause: obj = load_i64(p, EXC_CAUSE)
    context: obj = load_i64(p, EXC_CONTEXT)
    if depth < 50:
        if cause != 0:
            print_exception_chain(cause, depth + 1)
            stderr_write_str("\nThe above exception was the direct cause of the following exception:\n\n")
        elif context != 0 and load_i32(p, EXC_SUPPRESS_CONTEXT) == 0:
            print_exception_chain(context, depth + 1)
            stderr_write_str("\nDuring handling of the above exception, another exception occurred:\n\n")
    tb: obj = load_i64(p, EXC_TRACEBACK)
    if tb != 0 and bytes_length(tb) != 0:
        stderr_write_str("Traceback (most recent call last):\n")
        print_traceback(bytes_data(tb), bytes_length(tb) // TRACEBACK_ENTRY)
    name: obj = exception_text(e, TEXT_TYPE)
    if name != ERROR_VALUE:
        stderr_write_str(name)
        decref(name)
    message: obj = exception_text(e, TEXT_STR)
    if message == ERROR_VALUE:
        decref(EXC_CURRENT)
        EXC_CURRENT = 0
        message = new_ref("<exception str() failed>")
    if str_size(message) != 0:
        stderr_write_str(": ")
        stderr_write_str(message)
    decref(message)
    stderr_write_str("\n")


TB_RECURSIVE_CUTOFF = 3


def print_traceback(entries: i32, count: i32) -> None:
    """The entries (innermost first) outermost first; a line repeated more than three times
    in a row is summarized, as CPython does."""
    repeated: i32 = 0
    previous: i32 = 0
    i: i32 = count - 1
    while i >= 0:
        entry: i32 = entries + i * TRACEBACK_ENTRY
        if previous != 0 and same_traceback_entry(entry, previous):
            repeated += 1
        else:
            print_repeated(repeated)
            repeated = 1
        previous = entry
        if repeated <= TB_RECURSIVE_CUTOFF:
            print_traceback_entry(entry)
        i -= 1
    print_repeated(repeated)


def same_traceback_entry(a: i32, b: i32) -> i32:
    return (load_i32(a, 16) == load_i32(b, 16) and load_i64(a) == load_i64(b)
            and load_i64(a, 8) == load_i64(b, 8))


def print_repeated(count: i32) -> None:
    if count <= TB_RECURSIVE_CUTOFF:
        return
    stderr_write_str("  [Previous line repeated ")
    stderr_write_int(count - TB_RECURSIVE_CUTOFF)
    stderr_write_str(" more time]\n" if count - TB_RECURSIVE_CUTOFF == 1 else " more times]\n")


def stderr_write_int(n: i32) -> None:
    text: obj = int_to_str(i64(n))
    if text != ERROR_VALUE:
        stderr_write_str(text)
        decref(text)


def print_traceback_entry(entry: i32) -> None:
    stderr_write_str("  File \"")
    stderr_write_str(load_i64(entry, 8))
    stderr_write_str("\", line ")
    stderr_write_int(load_i32(entry, 16))
    stderr_write_str(", in ")
    stderr_write_str(load_i64(entry))
    stderr_write_str("\n")
    source: obj = load_i64(entry, 24)
    if source != 0 and str_size(source) != 0:
        stderr_write_str("    ")
        stderr_write_str(source)
        stderr_write_str("\n")


def raise_assertion(message: obj) -> None:
    """A failed `assert test, message` (message MISSING without one)."""
    if message == MISSING_VALUE:
        raise_empty(EXC_ASSERTION_ERROR)
        return
    args: obj = tuple_new(1)
    if args == ERROR_VALUE:
        return
    tuple_set(args, 0, new_ref(message))
    e: obj = exc_new(EXC_ASSERTION_ERROR, args)
    decref(args)
    if e != ERROR_VALUE:
        set_exception(e)


# The depth of Python calls, which CPython limits (sys.getrecursionlimit()) so that deep
# recursion raises RecursionError instead of overflowing the stack.
RECURSION_LIMIT = 1000
RECURSION_DEPTH: i32 = 0


@inline
def recursion_enter() -> None:
    """A Python function starts (its every return calls recursion_leave)."""
    RECURSION_DEPTH += 1
    if RECURSION_DEPTH > RECURSION_LIMIT:
        recursion_error()
        return  # apart, so that inlined, the usual way out needs no check for an error


def enter_level(message: obj) -> i32:
    """The runtime's own recursion goes a level deeper where CPython's does (its
    Py_EnterRecursiveCall: a comparison of containers, a repr): 0, or -1 after raising
    RecursionError with `message` past the limit. recursion_leave ends the level."""
    if RECURSION_DEPTH >= RECURSION_LIMIT:
        raise_new(EXC_RECURSION_ERROR, message)
        return -1
    RECURSION_DEPTH += 1
    return 0


def recursion_error() -> None:
    raise_new(EXC_RECURSION_ERROR, "maximum recursion depth exceeded")


@inline
def recursion_leave() -> None:
    RECURSION_DEPTH -= 1
