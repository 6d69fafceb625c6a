"""Exceptions: the pending exception, raising, the traceback, and printing an uncaught one.

A function that raises stores the exception in EXC_CURRENT and returns ERROR_VALUE (or,
with an unboxed result, any value: callers then test EXC_CURRENT). Each frame the
exception passes through appends (function, file, line) to the traceback.

An exception object:
    +8   i32  kind (EXC_*)
    +16  obj  message (a str), or 0 for none
"""

EXC_KIND = 8
EXC_MESSAGE = 16
EXC_OBJECT_SIZE = 24

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

EXC_CURRENT: i64 = 0

# MemoryError is raised without allocating: one static, immortal instance.
MEMORY_ERROR_OBJECT = data_i32([IMMORTAL_REFCNT, TYPE_EXCEPTION, EXC_MEMORY_ERROR, 0, 0, 0])

TRACEBACK_CAPACITY = 512
TRACEBACK_ENTRY = 24  # function (obj), file (obj), line (i32)
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
    return "BaseException"


def set_exception(e: obj) -> None:
    """Make e (a new reference) the pending exception, with an empty traceback."""
    if EXC_CURRENT != 0:
        decref(EXC_CURRENT)
    EXC_CURRENT = e
    TRACEBACK_COUNT = 0
    TRACEBACK_DROPPED = 0


def raise_new(kind: i32, message: obj) -> obj:
    """Raise a new exception of `kind` with `message` (a str, borrowed); ERROR_VALUE."""
    p: i32 = alloc(EXC_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_EXCEPTION, OB_TYPE)
    store_i32(p, kind, EXC_KIND)
    incref(message)
    store_i64(p, message, EXC_MESSAGE)
    set_exception(box_ptr(p))
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


def traceback_add(function: obj, file: obj, line: i32) -> None:
    if TRACEBACK_COUNT == TRACEBACK_CAPACITY:
        TRACEBACK_DROPPED += 1
        return
    entry: i32 = TRACEBACK + TRACEBACK_COUNT * TRACEBACK_ENTRY
    store_i64(entry, function)
    store_i64(entry, file, 8)
    store_i32(entry, line, 16)
    TRACEBACK_COUNT += 1


def print_uncaught() -> None:
    """Print the pending exception as CPython does: the traceback, outermost frame first,
    then `Kind: message`."""
    stderr_write_str("Traceback (most recent call last):\n")
    i: i32 = TRACEBACK_COUNT - 1
    while i >= 0:
        entry: i32 = TRACEBACK + i * TRACEBACK_ENTRY
        stderr_write_str("  File \"")
        stderr_write_str(load_i64(entry, 8))
        stderr_write_str("\", line ")
        line: obj = int_to_str(i64(load_i32(entry, 16)))
        if line != ERROR_VALUE:
            stderr_write_str(line)
            decref(line)
        stderr_write_str(", in ")
        stderr_write_str(load_i64(entry))
        stderr_write_str("\n")
        i -= 1
    e: i32 = i32(EXC_CURRENT)
    stderr_write_str(exc_name(load_i32(e, EXC_KIND)))
    message: obj = load_i64(e, EXC_MESSAGE)
    if message != 0 and str_size(message) != 0:
        stderr_write_str(": ")
        stderr_write_str(message)
    stderr_write_str("\n")
