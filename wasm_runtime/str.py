"""str objects: immutable UTF-8 text with its length in code points (layout in values.py)."""


def str_alloc(size: i32, length: i32) -> i32:
    """A new str of `size` bytes (to be filled by the caller), or 0 without memory."""
    p: i32 = alloc(STR_DATA + size)
    if p == 0:
        return 0
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_STR, OB_TYPE)
    store_i32(p, size, STR_SIZE)
    store_i32(p, length, STR_LENGTH)
    store_i64(p, -1, STR_HASH)
    return p


def str_size(s: obj) -> i32:
    return load_i32(i32(s), STR_SIZE)


def str_length(s: obj) -> i32:
    return load_i32(i32(s), STR_LENGTH)


def str_data(s: obj) -> i32:
    return i32(s) + STR_DATA


def new_ref(v: obj) -> obj:
    """v, with a reference taken for the caller (for returning static or borrowed values)."""
    incref(v)
    return v


def str_from_ascii(addr: i32, n: i32) -> obj:
    """A new str of n ASCII bytes at addr, or ERROR (MemoryError)."""
    p: i32 = str_alloc(n, n)
    if p == 0:
        return raise_memory_error()
    memory_copy(p + STR_DATA, addr, n)
    return box_ptr(p)


def str_concat(a: obj, b: obj) -> obj:
    size_a: i32 = str_size(a)
    size_b: i32 = str_size(b)
    if size_a == 0:
        return new_ref(b)
    if size_b == 0:
        return new_ref(a)
    if lt_u(MAX_ALLOC - size_b, size_a):
        return raise_memory_error()
    p: i32 = str_alloc(size_a + size_b, str_length(a) + str_length(b))
    if p == 0:
        return raise_memory_error()
    memory_copy(p + STR_DATA, str_data(a), size_a)
    memory_copy(p + STR_DATA + size_a, str_data(b), size_b)
    return box_ptr(p)


def str_concat3(a: obj, b: obj, c: obj) -> obj:
    ab: obj = str_concat(a, b)
    if ab == ERROR_VALUE:
        return ab
    abc: obj = str_concat(ab, c)
    decref(ab)
    return abc


def str_repeat(s: obj, n: i64) -> obj:
    size: i64 = u64(str_size(s))
    if n <= 0 or size == 0:
        return new_ref("")
    if n == 1:
        return new_ref(s)
    total: i64 = size * n
    if n > MAX_ALLOC or total > MAX_ALLOC:
        return raise_memory_error()
    p: i32 = str_alloc(i32(total), i32(u64(str_length(s)) * n))
    if p == 0:
        return raise_memory_error()
    fill_repeated(p + STR_DATA, str_data(s), i32(size), i32(total))
    return box_ptr(p)


def fill_repeated(dest: i32, src: i32, size: i32, total: i32) -> None:
    """Fill total bytes at dest with copies of the size bytes at src (total a multiple of
    size): copy once, then double the filled part until it covers the whole."""
    memory_copy(dest, src, size)
    done: i32 = size
    while done < total:
        chunk: i32 = done
        if chunk > total - done:
            chunk = total - done
        memory_copy(dest + done, dest, chunk)
        done = done + chunk


def str_eq(a: obj, b: obj) -> i32:
    if a == b:
        return 1
    n: i32 = str_size(a)
    if n != str_size(b):
        return 0
    return memory_equal(str_data(a), str_data(b), n)


def memory_equal(x: i32, y: i32, n: i32) -> i32:
    i: i32 = 0
    while i + 8 <= n:
        if load_i64(x + i) != load_i64(y + i):
            return 0
        i += 8
    while i < n:
        if load_u8(x + i) != load_u8(y + i):
            return 0
        i += 1
    return 1


def str_compare(a: obj, b: obj) -> i32:
    """-1, 0 or 1: UTF-8 byte order is code point order, so bytes compare as CPython's
    str comparison does."""
    size_a: i32 = str_size(a)
    size_b: i32 = str_size(b)
    n: i32 = size_a
    if size_b < n:
        n = size_b
    x: i32 = str_data(a)
    y: i32 = str_data(b)
    for i in range(0, n):
        ca: i32 = load_u8(x + i)
        cb: i32 = load_u8(y + i)
        if ca != cb:
            return -1 if ca < cb else 1
    if size_a == size_b:
        return 0
    return -1 if size_a < size_b else 1


def str_truth(s: obj) -> i32:
    return str_size(s) != 0


def utf8_width(first: i32) -> i32:
    """The byte length of the UTF-8 sequence that starts with byte `first`."""
    if first < 0x80:
        return 1
    if first < 0xE0:
        return 2
    if first < 0xF0:
        return 3
    return 4


def utf8_decode_at(p: i32) -> i32:
    """The code point of the (valid) UTF-8 sequence at p."""
    b0: i32 = load_u8(p)
    if b0 < 0x80:
        return b0
    if b0 < 0xE0:
        return ((b0 & 0x1F) << 6) | (load_u8(p + 1) & 0x3F)
    if b0 < 0xF0:
        return ((b0 & 0x0F) << 12) | ((load_u8(p + 1) & 0x3F) << 6) | (load_u8(p + 2) & 0x3F)
    return (((b0 & 0x07) << 18) | ((load_u8(p + 1) & 0x3F) << 12) | ((load_u8(p + 2) & 0x3F) << 6)
            | (load_u8(p + 3) & 0x3F))
