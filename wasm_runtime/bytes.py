"""bytes objects: immutable byte strings.

    +8   i32  size in bytes
    +16  i64  hash, -1 until computed
    +24  the bytes

The methods (find, split, strip ...) are in bytes_methods.py, decode() in str_encode.py.
"""

BYTES_SIZE = 8
BYTES_HASH = 16
BYTES_DATA = 24


def bytes_alloc(n: i32) -> i32:
    """A new bytes object of n bytes to be filled by the caller, or 0 without memory."""
    if lt_u(MAX_ALLOC - BYTES_DATA, n):
        return 0
    p: i32 = alloc(BYTES_DATA + n)
    if p == 0:
        return 0
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_BYTES, OB_TYPE)
    store_i32(p, n, BYTES_SIZE)
    store_i64(p, -1, BYTES_HASH)
    return p


def bytes_new(n: i32) -> obj:
    """n zero bytes, to be filled through bytes_data (for building); ERROR without memory."""
    p: i32 = bytes_alloc(n)
    if p == 0:
        return raise_memory_error()
    memory_fill(p + BYTES_DATA, 0, n)
    return box_ptr(p)


def bytes_from_memory(src: i32, n: i32) -> obj:
    """A new bytes object of the n bytes at src."""
    p: i32 = bytes_alloc(n)
    if p == 0:
        return raise_memory_error()
    memory_copy(p + BYTES_DATA, src, n)
    return box_ptr(p)


def strbuf_finish_bytes(b: i32) -> obj:
    """The bytes built in a str builder (the builder is freed)."""
    if load_i32(b, SB_FAILED):
        strbuf_discard(b)
        return raise_memory_error()
    result: obj = bytes_from_memory(load_i32(b, SB_DATA), load_i32(b, SB_USED))
    strbuf_discard(b)
    return result


def bytes_length(b: obj) -> i32:
    return load_i32(i32(b), BYTES_SIZE)


def bytes_data(b: obj) -> i32:
    return i32(b) + BYTES_DATA


def is_bytes(v: obj) -> i32:
    return type_of(v) == TYPE_BYTES


def bytes_dealloc(p: i32) -> None:
    free(p)


def bytes_from_latin1(s: obj) -> obj:
    """The bytes of a str whose code points are all below 256 (how b'...' literals are
    built); ValueError for a larger code point."""
    n: i32 = str_length(s)
    p: i32 = bytes_alloc(n)
    if p == 0:
        return raise_memory_error()
    src: i32 = str_data(s)
    o: i32 = 0
    for i in range(0, n):
        c: i32 = utf8_decode_at(src + o)
        if c > 255:
            free(p)
            return raise_new(EXC_VALUE_ERROR, "bytes must be in range(0, 256)")
        store_u8(p + BYTES_DATA + i, c)
        o += utf8_width(load_u8(src + o))
    return box_ptr(p)


def bytes_repr(b: obj) -> obj:
    """repr(b): b'...' as CPython writes it."""
    p: i32 = bytes_data(b)
    n: i32 = bytes_length(b)
    has_single: i32 = 0
    has_double: i32 = 0
    for i in range(0, n):
        c: i32 = load_u8(p + i)
        if c == 39:
            has_single = 1
        elif c == 34:
            has_double = 1
    quote: i32 = 34 if has_single and not has_double else 39
    size: i32 = 3
    for i in range(0, n):
        size += repr_escape_size(load_u8(p + i), quote, 1)
    out: i32 = str_alloc(size, size)
    if out == 0:
        return raise_memory_error()
    q: i32 = out + STR_DATA
    store_u8(q, 98)
    store_u8(q + 1, quote)
    q += 2
    for i in range(0, n):
        q += repr_escape(q, load_u8(p + i), quote, 1)
    store_u8(q, quote)
    return box_ptr(out)


def bytes_getitem(b: obj, key: obj) -> obj:
    """b[key]: an int for an index, bytes for a slice."""
    n: i32 = bytes_length(b)
    if type_of(key) == TYPE_SLICE:
        if slice_adjust(key, i64(n)) != 0:
            return ERROR_VALUE
        count: i32 = i32(SLICE_COUNT)
        if count == n and SLICE_BY == 1:
            return new_ref(b)
        p: i32 = bytes_alloc(count)
        if p == 0:
            return raise_memory_error()
        j: i64 = SLICE_FROM
        for i in range(0, count):
            store_u8(p + BYTES_DATA + i, load_u8(bytes_data(b) + i32(j)))
            j += SLICE_BY
        return box_ptr(p)
    if not is_int_like(key):
        return raise_with_parts(EXC_TYPE_ERROR, "byte indices must be integers or slices, not ", type_name(key), "")
    i2: i32 = normalize_index(key, n, "index out of range")
    if i2 < 0:
        return ERROR_VALUE
    return box_int(i64(load_u8(bytes_data(b) + i2)))


def bytes_iter(b: obj) -> obj:
    return iterator_new(ITER_BYTES, b, 0)


def bytes_iter_next(it: obj) -> obj:
    b: obj = iterator_source(it)
    i: i64 = iterator_position(it)
    if i >= i64(bytes_length(b)):
        return STOP_VALUE
    iterator_set_position(it, i + 1)
    return box_int(i64(load_u8(bytes_data(b) + i32(i))))


def byte_value(v: obj) -> i32:
    """An int argument that must be a byte: its value, or -1 after raising ValueError
    (out of range), or -2 when v is not an int (nothing raised)."""
    if not is_int_like(v):
        return -2
    if is_small_int_like(v):
        x: i64 = unbox_int(v)
        if x >= 0 and x < 256:
            return i32(x)
    raise_new(EXC_VALUE_ERROR, "byte must be in range(0, 256)")
    return -1


def bytes_contains(b: obj, v: obj) -> i32:
    """v in b for an int or bytes v: 1, 0, or -1 after raising."""
    if is_bytes(v):
        return memory_find(bytes_data(b), bytes_length(b), bytes_data(v), bytes_length(v)) >= 0
    c: i32 = byte_value(v)
    if c == -1:
        return -1
    if c == -2:
        raise_with_parts(EXC_TYPE_ERROR, "a bytes-like object is required, not '", type_name(v), "'")
        return -1
    p: i32 = bytes_data(b)
    for i in range(0, bytes_length(b)):
        if load_u8(p + i) == c:
            return 1
    return 0


def bytes_concat(a: obj, b: obj) -> obj:
    """a + b for bytes a; TypeError: can't concat str to bytes."""
    if not is_bytes(b):
        return raise_with_parts(EXC_TYPE_ERROR, "can't concat ", type_name(b), " to bytes")
    na: i32 = bytes_length(a)
    nb: i32 = bytes_length(b)
    if nb == 0:
        return new_ref(a)
    if na == 0:
        return new_ref(b)
    if lt_u(MAX_ALLOC - nb, na):
        return raise_memory_error()
    p: i32 = bytes_alloc(na + nb)
    if p == 0:
        return raise_memory_error()
    memory_copy(p + BYTES_DATA, bytes_data(a), na)
    memory_copy(p + BYTES_DATA + na, bytes_data(b), nb)
    return box_ptr(p)


def bytes_repeat(b: obj, n: i64) -> obj:
    size: i64 = i64(bytes_length(b))
    if n <= 0 or size == 0:
        return bytes_new(0)
    if n == 1:
        return new_ref(b)
    total: i64 = size * n
    if n > MAX_ALLOC or total > MAX_ALLOC:
        return raise_memory_error()
    p: i32 = bytes_alloc(i32(total))
    if p == 0:
        return raise_memory_error()
    fill_repeated(p + BYTES_DATA, bytes_data(b), i32(size), i32(total))
    return box_ptr(p)


def bytes_equal(a: obj, b: obj) -> i32:
    """a == b for two bytes objects: 1 or 0."""
    if a == b:
        return 1
    n: i32 = bytes_length(a)
    if n != bytes_length(b):
        return 0
    return memory_equal(bytes_data(a), bytes_data(b), n)


def bytes_compare(a: obj, b: obj) -> i32:
    """-1, 0 or 1: lexicographic by unsigned byte, then by length."""
    na: i32 = bytes_length(a)
    nb: i32 = bytes_length(b)
    n: i32 = na if na < nb else nb
    x: i32 = bytes_data(a)
    y: i32 = bytes_data(b)
    for i in range(0, n):
        ca: i32 = load_u8(x + i)
        cb: i32 = load_u8(y + i)
        if ca != cb:
            return -1 if ca < cb else 1
    if na == nb:
        return 0
    return -1 if na < nb else 1


def bytes_hash(b: obj) -> i64:
    """hash(b), cached (the same function as str's: equal to hash of the ASCII str)."""
    h: i64 = load_i64(i32(b), BYTES_HASH)
    if h != -1:
        return h
    h = hash_bytes(bytes_data(b), bytes_length(b))
    store_i64(i32(b), h, BYTES_HASH)
    return h


def bytes_hex(b: obj) -> obj:
    """b.hex(): two lowercase hex digits a byte."""
    n: i32 = bytes_length(b)
    if n > (MAX_ALLOC >> 1):
        return raise_memory_error()
    out: i32 = str_alloc(n * 2, n * 2)
    if out == 0:
        return raise_memory_error()
    p: i32 = bytes_data(b)
    for i in range(0, n):
        write_hex(out + STR_DATA + i * 2, load_u8(p + i), 2)
    return box_ptr(out)


def bytes_from_object(v: obj) -> obj:
    """bytes(v): bytes(n) zeros, bytes of an iterable of ints, a copy of bytes."""
    return bytes_construct(v, MISSING_VALUE, MISSING_VALUE)


def bytes_construct(v: obj, encoding: obj, errors: obj) -> obj:
    """bytes(v, encoding, errors), each argument MISSING_VALUE when omitted."""
    if v == MISSING_VALUE:
        if encoding != MISSING_VALUE:
            return raise_new(EXC_TYPE_ERROR, "encoding without a string argument")
        if errors != MISSING_VALUE:
            return raise_new(EXC_TYPE_ERROR, "errors without a string argument")
        return bytes_new(0)
    if is_str(v):
        if encoding == MISSING_VALUE:
            return raise_new(EXC_TYPE_ERROR, "string argument without an encoding")
        return str_encode(v, encoding, errors)
    if encoding != MISSING_VALUE:
        return raise_new(EXC_TYPE_ERROR, "encoding without a string argument")
    if errors != MISSING_VALUE:
        return raise_new(EXC_TYPE_ERROR, "errors without a string argument")
    if is_bytes(v):
        return new_ref(v)
    if is_int_like(v):
        if not is_small_int_like(v):
            return raise_new(EXC_OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")
        x: i64 = unbox_int(v)
        if x < 0:
            return raise_new(EXC_VALUE_ERROR, "negative count")
        if x > MAX_ALLOC:
            return raise_memory_error()
        return bytes_new(i32(x))
    if is_iterable_object(v):
        items: obj = sequence_to_list(v)
        if items == ERROR_VALUE:
            return items
        result: obj = bytes_from_int_list(items)
        decref(items)
        return result
    return raise_with_parts(EXC_TYPE_ERROR, "cannot convert '", type_name(v), "' object to bytes")


def bytes_from_int_list(items: obj) -> obj:
    n: i32 = list_length(items)
    p: i32 = bytes_alloc(n)
    if p == 0:
        return raise_memory_error()
    for i in range(0, n):
        item: obj = list_item(items, i)
        if not is_int_like(item):
            free(p)
            return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(item), "' object cannot be interpreted as an integer")
        x: i64 = unbox_int(item) if is_small_int_like(item) else -1
        if x < 0 or x > 255:
            free(p)
            return raise_new(EXC_VALUE_ERROR, "bytes must be in range(0, 256)")
        store_u8(p + BYTES_DATA + i, i32(x))
    return box_ptr(p)
