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


def molt_flush() -> None:
    """Exported beside _start: a host calls it after a trap, so that what the program
    printed before it is not lost in the buffer."""
    stdout_flush()


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


def print_call(items: obj, options: obj) -> None:
    """print(*items, **options): options may hold sep and end."""
    sep: obj = print_option(options, "sep", " ")
    if sep == ERROR_VALUE:
        return
    end: obj = print_option(options, "end", "\n")
    if end == ERROR_VALUE:
        decref(sep)
        return
    d: i32 = i32(options)
    ix: i32 = dict_next_entry(d, 0)
    while ix >= 0:
        key: obj = load_i64(dict_entry(d, ix), ENTRY_KEY)
        ix = dict_next_entry(d, ix + 1)
        if not (str_eq(key, "sep") or str_eq(key, "end") or str_eq(key, "file") or str_eq(key, "flush")):
            raise_with_parts(EXC_TYPE_ERROR, "'", key, "' is an invalid keyword argument for print()")
            ix = -2
    if ix == -1:
        for i in range(0, tuple_length(items)):
            if i > 0:
                stdout_write_str(sep)
            print_obj(tuple_item(items, i))
            if EXC_CURRENT != 0:
                break
        if EXC_CURRENT == 0:
            stdout_write_str(end)
    decref(sep)
    decref(end)


def print_option(options: obj, name: obj, default: obj) -> obj:
    value: obj = dict_get(options, name, NONE_VALUE)
    result: obj = print_sep(name, value, default)
    decref(value)
    return result
