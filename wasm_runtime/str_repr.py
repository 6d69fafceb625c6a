"""repr() and ascii() of strs: CPython's quoting and escapes, with the non-printable
characters (str.isprintable) escaped as \\xNN, \\uNNNN or \\UNNNNNNNN."""

NONPRINTABLE = data_zero(NONPRINTABLE_COUNT * 8)
NONPRINTABLE_READY: i32 = 0


def nonprintable_init() -> None:
    """Expand NONPRINTABLE_RUNS (unicode_tables.py) into the [start, end) pairs."""
    p: i32 = NONPRINTABLE_RUNS
    at: i32 = 0
    for i in range(0, NONPRINTABLE_COUNT * 2):
        n: i32 = 0
        shift: i32 = 0
        while True:
            byte: i32 = load_u8(p)
            p += 1
            n = n | ((byte & 0x7F) << shift)
            shift += 7
            if byte < 0x80:
                break
        at += n
        store_i32(NONPRINTABLE + i * 4, at)
    NONPRINTABLE_READY = 1


def is_printable(c: i32) -> i32:
    """str.isprintable() of one code point."""
    if c < 128:
        return c >= 32 and c < 127
    if not NONPRINTABLE_READY:
        nonprintable_init()
    lo: i32 = 0
    hi: i32 = NONPRINTABLE_COUNT
    while lo < hi:
        mid: i32 = (lo + hi) >> 1
        if c < load_i32(NONPRINTABLE + mid * 8):
            hi = mid
        elif c >= load_i32(NONPRINTABLE + mid * 8 + 4):
            lo = mid + 1
        else:
            return 0
    return 1


def repr_escape_size(c: i32, quote: i32, ascii_only: i32) -> i32:
    """The number of bytes repr() writes for code point c."""
    if c == quote or c == 92 or c == 9 or c == 10 or c == 13:
        return 2
    if c < 32 or c == 127:
        return 4
    if c < 127:
        return 1
    if not ascii_only and is_printable(c):
        return utf8_size_of(c)
    if c <= 0xFF:
        return 4
    if c <= 0xFFFF:
        return 6
    return 10


def write_hex(q: i32, value: i32, digits: i32) -> None:
    for i in range(0, digits):
        store_u8(q + digits - 1 - i, load_u8(HEX_DIGITS + (value & 15)))
        value = value >> 4


def repr_escape(q: i32, c: i32, quote: i32, ascii_only: i32) -> i32:
    """Write code point c as repr() shows it at q; the number of bytes."""
    if c == quote or c == 92:
        store_u8(q, 92)
        store_u8(q + 1, c)
        return 2
    if c == 9 or c == 10 or c == 13:
        store_u8(q, 92)
        store_u8(q + 1, 116 if c == 9 else (110 if c == 10 else 114))
        return 2
    if c < 32 or c == 127:
        store_u8(q, 92)
        store_u8(q + 1, 120)
        write_hex(q + 2, c, 2)
        return 4
    if c < 127:
        store_u8(q, c)
        return 1
    if not ascii_only and is_printable(c):
        return utf8_encode(q, c)
    store_u8(q, 92)
    if c <= 0xFF:
        store_u8(q + 1, 120)
        write_hex(q + 2, c, 2)
        return 4
    if c <= 0xFFFF:
        store_u8(q + 1, 117)
        write_hex(q + 2, c, 4)
        return 6
    store_u8(q + 1, 85)
    write_hex(q + 2, c, 8)
    return 10


def str_repr(s: obj) -> obj:
    """repr(s), as CPython writes it."""
    return str_repr_quoted(s, 0)


def str_ascii(s: obj) -> obj:
    """ascii(s): repr(s) with every non-ASCII character escaped."""
    return str_repr_quoted(s, 1)


def str_repr_quoted(s: obj, ascii_only: i32) -> obj:
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    has_single: i32 = 0
    has_double: i32 = 0
    for i in range(0, n):
        c: i32 = load_u8(p + i)
        if c == 39:
            has_single = 1
        elif c == 34:
            has_double = 1
    quote: i32 = 34 if has_single and not has_double else 39
    size: i32 = 2
    i2: i32 = 0
    while i2 < n:
        c2: i32 = load_u8(p + i2)
        if c2 < 128:
            size += repr_escape_size(c2, quote, ascii_only)
            i2 += 1
        else:
            size += repr_escape_size(utf8_decode_at(p + i2), quote, ascii_only)
            i2 += utf8_width(c2)
    out: i32 = str_alloc(size, 0)
    if out == 0:
        return raise_memory_error()
    q: i32 = out + STR_DATA
    store_u8(q, quote)
    q += 1
    i2 = 0
    while i2 < n:
        c3: i32 = load_u8(p + i2)
        if c3 < 128:
            q += repr_escape(q, c3, quote, ascii_only)
            i2 += 1
        else:
            q += repr_escape(q, utf8_decode_at(p + i2), quote, ascii_only)
            i2 += utf8_width(c3)
    store_u8(q, quote)
    store_i32(out, utf8_count(out + STR_DATA, size), STR_LENGTH)
    return box_ptr(out)


def ascii_escape(s: obj) -> obj:
    """s with every non-ASCII character escaped as \\xNN, \\uNNNN or \\UNNNNNNNN (how
    ascii() turns a repr into ASCII)."""
    if str_is_ascii(s):
        return new_ref(s)
    b: i32 = strbuf_new(str_size(s) + 16)
    if b == 0:
        return ERROR_VALUE
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    i: i32 = 0
    while i < n:
        c: i32 = load_u8(p + i)
        if c < 128:
            strbuf_put_byte(b, c)
            i += 1
        else:
            q: i32 = strbuf_reserve(b, 10)
            if q != 0:
                strbuf_advance(b, repr_escape(q, utf8_decode_at(p + i), 0, 1))
            i += utf8_width(c)
    return strbuf_finish(b)


def py_ascii(v: obj) -> obj:
    """ascii(v)."""
    if is_str(v):
        return str_ascii(v)
    r: obj = py_repr(v)
    if r == ERROR_VALUE:
        return r
    result: obj = ascii_escape(r)
    decref(r)
    return result
