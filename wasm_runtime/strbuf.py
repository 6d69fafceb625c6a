"""A growable UTF-8 buffer for building strs and bytes of unknown size.

A builder is a block of its own:
    +0  i32  address of the bytes (0 when the capacity is 0)
    +4  i32  bytes used
    +8  i32  capacity
    +12 i32  1 once an allocation failed
The put functions never fail visibly: an allocation that fails marks the builder, and
strbuf_finish then raises MemoryError. Every builder ends in strbuf_finish,
strbuf_finish_bytes or strbuf_discard.
"""

SB_DATA = 0
SB_USED = 4
SB_CAPACITY = 8
SB_FAILED = 12
SB_SIZE = 16


def strbuf_new(capacity: i32) -> i32:
    """A new builder with room for `capacity` bytes; 0 after raising MemoryError."""
    b: i32 = alloc(SB_SIZE)
    if b == 0:
        raise_memory_error()
        return 0
    store_i32(b, 0, SB_DATA)
    store_i32(b, 0, SB_USED)
    store_i32(b, 0, SB_CAPACITY)
    store_i32(b, 0, SB_FAILED)
    if capacity > 0:
        strbuf_reserve(b, capacity)
    return b


def strbuf_reserve(b: i32, extra: i32) -> i32:
    """Room for `extra` more bytes: the address to write them at, or 0 (the builder is
    then marked failed)."""
    used: i32 = load_i32(b, SB_USED)
    capacity: i32 = load_i32(b, SB_CAPACITY)
    if load_i32(b, SB_FAILED):
        return 0
    if extra < 0 or lt_u(MAX_ALLOC - used, extra):
        store_i32(b, 1, SB_FAILED)
        return 0
    if used + extra > capacity:
        grown: i32 = capacity + (capacity >> 1) + 32
        if grown < used + extra or lt_u(MAX_ALLOC, grown):
            grown = used + extra
        data: i32 = alloc(grown)
        if data == 0:
            store_i32(b, 1, SB_FAILED)
            return 0
        old: i32 = load_i32(b, SB_DATA)
        if old != 0:
            memory_copy(data, old, used)
            free(old)
        store_i32(b, data, SB_DATA)
        store_i32(b, grown, SB_CAPACITY)
    return load_i32(b, SB_DATA) + used


def strbuf_used(b: i32) -> i32:
    return load_i32(b, SB_USED)


def strbuf_data(b: i32) -> i32:
    return load_i32(b, SB_DATA)


def strbuf_advance(b: i32, n: i32) -> None:
    """Count n bytes written at the address strbuf_reserve gave."""
    store_i32(b, load_i32(b, SB_USED) + n, SB_USED)


def strbuf_put_byte(b: i32, c: i32) -> None:
    q: i32 = strbuf_reserve(b, 1)
    if q != 0:
        store_u8(q, c)
        strbuf_advance(b, 1)


def strbuf_put_bytes(b: i32, src: i32, n: i32) -> None:
    if n <= 0:
        return
    q: i32 = strbuf_reserve(b, n)
    if q != 0:
        memory_copy(q, src, n)
        strbuf_advance(b, n)


def strbuf_put_str(b: i32, s: obj) -> None:
    strbuf_put_bytes(b, str_data(s), str_size(s))


def strbuf_put_cp(b: i32, c: i32) -> None:
    """Append code point c, UTF-8 encoded (surrogates as three bytes, as strs hold them)."""
    q: i32 = strbuf_reserve(b, 4)
    if q != 0:
        strbuf_advance(b, utf8_encode(q, c))


def strbuf_put_fill(b: i32, c: i32, count: i32) -> None:
    """Append code point c count times."""
    if count <= 0:
        return
    if c < 128:
        q: i32 = strbuf_reserve(b, count)
        if q != 0:
            memory_fill(q, c, count)
            strbuf_advance(b, count)
        return
    for i in range(0, count):
        strbuf_put_cp(b, c)


def strbuf_put_ascii_digits(b: i32, value: i64) -> None:
    """Append the decimal digits of value >= 0."""
    q: i32 = strbuf_reserve(b, 20)
    if q == 0:
        return
    n: i32 = 1
    x: i64 = value
    while x >= 10:
        x = x // 10
        n += 1
    for i in range(0, n):
        store_u8(q + n - 1 - i, i32(value % 10) + 48)
        value = value // 10
    strbuf_advance(b, n)


def strbuf_discard(b: i32) -> None:
    data: i32 = load_i32(b, SB_DATA)
    if data != 0:
        free(data)
    free(b)


def strbuf_finish(b: i32) -> obj:
    """The built str (the builder is freed), or ERROR (MemoryError)."""
    if load_i32(b, SB_FAILED):
        strbuf_discard(b)
        return raise_memory_error()
    n: i32 = load_i32(b, SB_USED)
    data: i32 = load_i32(b, SB_DATA)
    result: obj = str_from_utf8(data, n)
    strbuf_discard(b)
    return result


def utf8_encode(q: i32, c: i32) -> i32:
    """Write code point c as UTF-8 at q; the number of bytes."""
    if c < 0x80:
        store_u8(q, c)
        return 1
    if c < 0x800:
        store_u8(q, 0xC0 | (c >> 6))
        store_u8(q + 1, 0x80 | (c & 0x3F))
        return 2
    if c < 0x10000:
        store_u8(q, 0xE0 | (c >> 12))
        store_u8(q + 1, 0x80 | ((c >> 6) & 0x3F))
        store_u8(q + 2, 0x80 | (c & 0x3F))
        return 3
    store_u8(q, 0xF0 | (c >> 18))
    store_u8(q + 1, 0x80 | ((c >> 12) & 0x3F))
    store_u8(q + 2, 0x80 | ((c >> 6) & 0x3F))
    store_u8(q + 3, 0x80 | (c & 0x3F))
    return 4


def utf8_size_of(c: i32) -> i32:
    if c < 0x80:
        return 1
    if c < 0x800:
        return 2
    if c < 0x10000:
        return 3
    return 4


def utf8_count(p: i32, n: i32) -> i32:
    """The number of code points in the n bytes of (valid) UTF-8 at p."""
    count: i32 = 0
    i: i32 = 0
    while i + 8 <= n:
        w: i64 = load_i64(p + i)
        if (w & 0x8080808080808080) == 0:
            count += 8
        else:
            # A byte starts a code point unless it is 10xxxxxx.
            cont: i64 = w & ~(w << 1) & 0x8080808080808080
            count += 8 - i32(popcnt(cont))
        i += 8
    while i < n:
        if (load_u8(p + i) & 0xC0) != 0x80:
            count += 1
        i += 1
    return count


def str_from_utf8(p: i32, n: i32) -> obj:
    """A new str of the n bytes of UTF-8 at p (copied), or ERROR (MemoryError)."""
    if n == 0:
        return new_ref("")
    out: i32 = str_alloc(n, utf8_count(p, n))
    if out == 0:
        return raise_memory_error()
    memory_copy(out + STR_DATA, p, n)
    return box_ptr(out)
