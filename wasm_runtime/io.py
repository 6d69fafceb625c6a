"""Standard streams: a buffered stdout (flushed when full and at exit) and stderr, over
WASI fd_write."""

STDOUT = 1
STDERR = 2
STDOUT_CAPACITY = 8192
STDOUT_BUFFER = data_zero(STDOUT_CAPACITY)
STDOUT_USED: i32 = 0
# One iovec (address, length) and the count fd_write reports.
IOVEC = data_zero(16)


def fd_write_all(fd: i32, addr: i32, n: i32) -> None:
    while n > 0:
        store_i32(IOVEC, addr)
        store_i32(IOVEC, n, 4)
        if fd_write(fd, IOVEC, 1, IOVEC + 8) != 0:
            return
        written: i32 = load_i32(IOVEC, 8)
        addr += written
        n -= written


def stdout_flush() -> None:
    if STDOUT_USED > 0:
        fd_write_all(STDOUT, STDOUT_BUFFER, STDOUT_USED)
        STDOUT_USED = 0


def stdout_write(addr: i32, n: i32) -> None:
    if STDOUT_USED + n > STDOUT_CAPACITY:
        stdout_flush()
    if n > STDOUT_CAPACITY:
        fd_write_all(STDOUT, addr, n)
        return
    memory_copy(STDOUT_BUFFER + STDOUT_USED, addr, n)
    STDOUT_USED += n


def stdout_write_str(s: obj) -> None:
    stdout_write(str_data(s), str_size(s))


def stderr_write_str(s: obj) -> None:
    fd_write_all(STDERR, str_data(s), str_size(s))


def print_obj(v: obj) -> None:
    """Write str(v) to stdout (print's work for one argument)."""
    if is_str(v):
        stdout_write_str(v)
        return
    s: obj = py_str(v)
    if s == ERROR_VALUE:
        return
    stdout_write_str(s)
    decref(s)


def print_sep(keyword: obj, value: obj, default: obj) -> obj:
    """print's sep= or end= value: a str, or None for the default."""
    if value == NONE_VALUE:
        return new_ref(default)
    if is_str(value):
        return new_ref(value)
    message: obj = str_concat3(keyword, " must be None or a string, not ", type_name(value))
    if message == ERROR_VALUE:
        return message
    result: obj = raise_new(EXC_TYPE_ERROR, message)
    decref(message)
    return result
