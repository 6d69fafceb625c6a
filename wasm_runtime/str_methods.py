"""str indexing, slicing, iteration, `in`, hash, ord() and chr(), and the search methods
(find, index, count, startswith ...). repr() is in str_repr.py, the other methods in
str_split.py, str_pad.py, str_case.py and str_encode.py.

Positions: a str is UTF-8 with its length in code points. When size == length it is ASCII
and byte offsets are indices; otherwise an index is found by scanning from the nearer end.
"""

# The one-character strs of ASCII, immortal, built on first use (STR_DATA + 8 bytes each).
ASCII_CHAR_SIZE = 32
ASCII_CHARS = data_zero(128 * ASCII_CHAR_SIZE)
ASCII_CHARS_READY: i32 = 0


def ascii_char(c: i32) -> obj:
    """The str chr(c) for c < 128 (a static str: no reference needs taking)."""
    if not ASCII_CHARS_READY:
        for i in range(0, 128):
            p: i32 = ASCII_CHARS + i * ASCII_CHAR_SIZE
            store_i32(p, IMMORTAL_REFCNT, OB_REFCNT)
            store_i32(p, TYPE_STR, OB_TYPE)
            store_i32(p, 1, STR_SIZE)
            store_i32(p, 1, STR_LENGTH)
            store_i64(p, -1, STR_HASH)
            store_u8(p + STR_DATA, i)
        ASCII_CHARS_READY = 1
    return box_ptr(ASCII_CHARS + c * ASCII_CHAR_SIZE)


def str_char(c: i32) -> obj:
    """A new str of the one code point c."""
    if c < 128:
        return ascii_char(c)
    n: i32 = utf8_size_of(c)
    p: i32 = str_alloc(n, 1)
    if p == 0:
        return raise_memory_error()
    utf8_encode(p + STR_DATA, c)
    return box_ptr(p)


def str_is_ascii(s: obj) -> i32:
    return str_size(s) == str_length(s)


def str_offset(s: obj, index: i32) -> i32:
    """The byte offset of code point `index` of s, 0 <= index <= length."""
    size: i32 = str_size(s)
    length: i32 = str_length(s)
    if size == length:
        return index
    p: i32 = str_data(s)
    if index <= length - index:
        o: i32 = 0
        while index > 0:
            o += utf8_width(load_u8(p + o))
            index -= 1
        return o
    o2: i32 = size
    k: i32 = length - index
    while k > 0:
        o2 -= 1
        while (load_u8(p + o2) & 0xC0) == 0x80:
            o2 -= 1
        k -= 1
    return o2


def str_index_of_offset(s: obj, offset: i32) -> i32:
    """The code point index at byte `offset` of s."""
    if str_size(s) == str_length(s):
        return offset
    return utf8_count(str_data(s), offset)


def str_substring(s: obj, start: i32, end: i32) -> obj:
    """A new str of the bytes start..end of s (on code point boundaries)."""
    if start == 0 and end == str_size(s):
        return new_ref(s)
    n: i32 = end - start
    if n <= 0:
        return new_ref("")
    p: i32 = str_data(s) + start
    if n == 1 and load_u8(p) < 128:
        return ascii_char(load_u8(p))
    if str_size(s) == str_length(s):
        return str_from_ascii(p, n)
    return str_from_utf8(p, n)


def str_getitem(s: obj, key: obj) -> obj:
    """s[key] for an int key or a slice."""
    if type_of(key) == TYPE_SLICE:
        return str_slice(s, key)
    if not is_int_like(key):
        return raise_with_parts(EXC_TYPE_ERROR, "string indices must be integers, not '", type_name(key), "'")
    i: i32 = normalize_index(key, str_length(s), "string index out of range")
    if i < 0:
        return ERROR_VALUE
    o: i32 = str_offset(s, i)
    p: i32 = str_data(s) + o
    c: i32 = load_u8(p)
    if c < 128:
        return ascii_char(c)
    return str_from_utf8(p, utf8_width(c))


def str_slice(s: obj, key: obj) -> obj:
    length: i32 = str_length(s)
    if slice_adjust(key, i64(length)) != 0:
        return ERROR_VALUE
    n: i32 = i32(SLICE_COUNT)
    start: i32 = i32(SLICE_FROM)
    step: i32 = i32(SLICE_BY)
    if n == 0:
        return new_ref("")
    if step == 1:
        return str_substring(s, str_offset(s, start), str_offset(s, start + n))
    p: i32 = str_data(s)
    if str_size(s) == length:
        out: i32 = str_alloc(n, n)
        if out == 0:
            return raise_memory_error()
        for i in range(0, n):
            store_u8(out + STR_DATA + i, load_u8(p + start + i * step))
        return box_ptr(out)
    # Non-ASCII with a step: the offset of every code point, then gather.
    offsets: i32 = alloc((length + 1) * 4)
    if offsets == 0:
        return raise_memory_error()
    o: i32 = 0
    for i in range(0, length + 1):
        store_i32(offsets + i * 4, o)
        if i < length:
            o += utf8_width(load_u8(p + o))
    size: i32 = 0
    k: i32 = start
    for i in range(0, n):
        size += load_i32(offsets + (k + 1) * 4) - load_i32(offsets + k * 4)
        k += step
    result: i32 = str_alloc(size, n)
    if result == 0:
        free(offsets)
        return raise_memory_error()
    q: i32 = result + STR_DATA
    k = start
    for i in range(0, n):
        at: i32 = load_i32(offsets + k * 4)
        w: i32 = load_i32(offsets + (k + 1) * 4) - at
        memory_copy(q, p + at, w)
        q += w
        k += step
    free(offsets)
    return box_ptr(result)


def str_iter(s: obj) -> obj:
    """iter(s): an ITER_STR iterator; its position is a byte offset."""
    return iterator_new(ITER_STR, s, 0)


def str_iter_next(it: obj) -> obj:
    s: obj = iterator_source(it)
    o: i32 = i32(iterator_position(it))
    if o >= str_size(s):
        return STOP_VALUE
    p: i32 = str_data(s) + o
    c: i32 = load_u8(p)
    if c < 128:
        iterator_set_position(it, i64(o + 1))
        return ascii_char(c)
    w: i32 = utf8_width(c)
    iterator_set_position(it, i64(o + w))
    return str_from_utf8(p, w)


def str_contains(s: obj, sub: obj) -> i32:
    """sub in s: 1, 0, or -1 after raising TypeError (sub not a str)."""
    if not is_str(sub):
        raise_with_parts(EXC_TYPE_ERROR, "'in <string>' requires string as left operand, not ", type_name(sub), "")
        return -1
    return memory_find(str_data(s), str_size(s), str_data(sub), str_size(sub)) >= 0


def hash_bytes(p: i32, n: i32) -> i64:
    """A 64-bit hash of n bytes (murmur3's mixing on 8-byte words), never -1."""
    h: i64 = 0x243F6A8885A308D3 ^ (i64(n) * 0x9E3779B97F4A7C15)
    i: i32 = 0
    k: i64 = 0
    while i + 8 <= n:
        k = load_i64(p + i) * 0x87C37B91114253D5
        k = rotl(k, 31) * 0x4CF5AD432745937F
        h = h ^ k
        h = rotl(h, 27) * 5 + 0x52DCE729
        i += 8
    if i < n:
        k = 0
        shift: i64 = 0
        while i < n:
            k = k | (u64(load_u8(p + i)) << shift)
            shift += 8
            i += 1
        k = k * 0x87C37B91114253D5
        k = rotl(k, 31) * 0x4CF5AD432745937F
        h = h ^ k
    h = h ^ shr_u(h, 33)
    h = h * 0xFF51AFD7ED558CCD
    h = h ^ shr_u(h, 33)
    h = h * 0xC4CEB9FE1A85EC53
    h = h ^ shr_u(h, 33)
    if h == -1:
        h = -2
    return h


def str_hash(s: obj) -> i64:
    """hash(s), cached in the str (never -1)."""
    h: i64 = load_i64(i32(s), STR_HASH)
    if h != -1:
        return h
    h = hash_bytes(str_data(s), str_size(s))
    store_i64(i32(s), h, STR_HASH)
    return h


# ord() and chr().

def py_ord(c: obj) -> obj:
    if is_str(c):
        if str_length(c) == 1:
            return box_int(i64(utf8_decode_at(str_data(c))))
        return raise_ord_length(i64(str_length(c)))
    if type_of(c) == TYPE_BYTES:
        if bytes_length(c) == 1:
            return box_int(i64(load_u8(bytes_data(c))))
        return raise_ord_length(i64(bytes_length(c)))
    return raise_with_parts(EXC_TYPE_ERROR, "ord() expected string of length 1, but ", type_name(c), " found")


def raise_ord_length(n: i64) -> obj:
    text: obj = int_to_str(n)
    if text == ERROR_VALUE:
        return text
    result: obj = raise_with_parts(EXC_TYPE_ERROR, "ord() expected a character, but string of length ", text,
                                   " found")
    decref(text)
    return result


def py_chr(i: obj) -> obj:
    if not is_int_like(i):
        return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(i), "' object cannot be interpreted as an integer")
    if not is_small_int_like(i):
        return raise_new(EXC_OVERFLOW_ERROR, "Python int too large to convert to C int")
    x: i64 = unbox_int(i)
    if x < -2147483648 or x > 2147483647:
        return raise_new(EXC_OVERFLOW_ERROR, "Python int too large to convert to C int")
    if x < 0 or x >= 0x110000:
        return raise_new(EXC_VALUE_ERROR, "chr() arg not in range(0x110000)")
    return str_char(i32(x))


# Searching.

def memory_find(h: i32, hn: i32, s: i32, sn: i32) -> i32:
    """The offset of the first occurrence of the sn bytes at s in the hn bytes at h, or -1."""
    if sn == 0:
        return 0
    if sn > hn:
        return -1
    first: i32 = load_u8(s)
    last_start: i32 = hn - sn
    if sn == 1:
        for i in range(0, last_start + 1):
            if load_u8(h + i) == first:
                return i
        return -1
    last: i32 = load_u8(s + sn - 1)
    for i in range(0, last_start + 1):
        if load_u8(h + i) == first and load_u8(h + i + sn - 1) == last:
            if memory_equal(h + i + 1, s + 1, sn - 2):
                return i
    return -1


def memory_rfind(h: i32, hn: i32, s: i32, sn: i32) -> i32:
    """The offset of the last occurrence, or -1."""
    if sn > hn:
        return -1
    if sn == 0:
        return hn
    first: i32 = load_u8(s)
    i: i32 = hn - sn
    while i >= 0:
        if load_u8(h + i) == first and memory_equal(h + i, s, sn):
            return i
        i -= 1
    return -1


def memory_count(h: i32, hn: i32, s: i32, sn: i32, limit: i32) -> i32:
    """Non-overlapping occurrences (at most limit, when limit >= 0)."""
    count: i32 = 0
    o: i32 = 0
    while limit < 0 or count < limit:
        found: i32 = memory_find(h + o, hn - o, s, sn)
        if found < 0:
            break
        count += 1
        o += found + sn
    return count


# The result of find_bounds: the searched part of a str, in bytes and code points.
FIND_START: i32 = 0   # code point index
FIND_END: i32 = 0
FIND_FROM: i32 = 0    # byte offsets
FIND_TO: i32 = 0


def slice_arg(v: obj, default: i64) -> i64:
    """A start or end argument of find() & co: None or omitted gives default; after
    raising, EXC_CURRENT is set."""
    if v == MISSING_VALUE or v == NONE_VALUE:
        return default
    return slice_index_value(v)


def find_bounds(s: obj, start: obj, end: obj) -> i32:
    """Adjust start and end as CPython's ADJUST_INDICES: FIND_* are set. 0, or -1 after
    raising. FIND_END < FIND_START is possible (then nothing is searched)."""
    length: i64 = i64(str_length(s))
    a: i64 = slice_arg(start, 0)
    if EXC_CURRENT != 0:
        return -1
    b: i64 = slice_arg(end, length)
    if EXC_CURRENT != 0:
        return -1
    if b > length:
        b = length
    elif b < 0:
        b += length
        if b < 0:
            b = 0
    if a < 0:
        a += length
        if a < 0:
            a = 0
    if a > length:
        a = length + 1  # nothing, but start stays past end for the checks
    FIND_START = i32(a)
    FIND_END = i32(b)
    if a <= b:
        FIND_FROM = str_offset(s, i32(a))
        FIND_TO = str_offset(s, i32(b))
    else:
        FIND_FROM = 0
        FIND_TO = 0
    return 0


def require_str_arg(v: obj, before: obj) -> i32:
    """0 when v is a str; otherwise -1 after TypeError: before + "str, not <type>"."""
    if is_str(v):
        return 0
    raise_with_parts(EXC_TYPE_ERROR, before, type_name(v), "")
    return -1


def str_find_index(s: obj, sub: obj, start: obj, end: obj, reverse: i32) -> i64:
    """The index of sub in s[start:end] (the last when reverse), -1 when absent, or -2
    after raising."""
    if require_str_arg(sub, "must be str, not ") != 0:
        return -2
    if find_bounds(s, start, end) != 0:
        return -2
    if FIND_END - FIND_START < str_length(sub):
        return -1
    p: i32 = str_data(s)
    found: i32 = 0
    if reverse:
        found = memory_rfind(p + FIND_FROM, FIND_TO - FIND_FROM, str_data(sub), str_size(sub))
    else:
        found = memory_find(p + FIND_FROM, FIND_TO - FIND_FROM, str_data(sub), str_size(sub))
    if found < 0:
        return -1
    return i64(str_index_of_offset(s, FIND_FROM + found))


def str_find(s: obj, sub: obj, start: obj, end: obj) -> obj:
    i: i64 = str_find_index(s, sub, start, end, 0)
    if i == -2:
        return ERROR_VALUE
    return box_int(i)


def str_rfind(s: obj, sub: obj, start: obj, end: obj) -> obj:
    i: i64 = str_find_index(s, sub, start, end, 1)
    if i == -2:
        return ERROR_VALUE
    return box_int(i)


def str_index(s: obj, sub: obj, start: obj, end: obj) -> obj:
    i: i64 = str_find_index(s, sub, start, end, 0)
    if i == -2:
        return ERROR_VALUE
    if i == -1:
        return raise_new(EXC_VALUE_ERROR, "substring not found")
    return box_int(i)


def str_rindex(s: obj, sub: obj, start: obj, end: obj) -> obj:
    i: i64 = str_find_index(s, sub, start, end, 1)
    if i == -2:
        return ERROR_VALUE
    if i == -1:
        return raise_new(EXC_VALUE_ERROR, "substring not found")
    return box_int(i)


def str_count(s: obj, sub: obj, start: obj, end: obj) -> obj:
    if require_str_arg(sub, "must be str, not ") != 0:
        return ERROR_VALUE
    if find_bounds(s, start, end) != 0:
        return ERROR_VALUE
    if FIND_END - FIND_START < str_length(sub):
        return box_int(0)
    if str_size(sub) == 0:
        return box_int(i64(FIND_END - FIND_START + 1))
    return box_int(i64(memory_count(str_data(s) + FIND_FROM, FIND_TO - FIND_FROM, str_data(sub),
                                    str_size(sub), -1)))


def str_tailmatch(s: obj, sub: obj, at_end: i32) -> i32:
    """Whether s[FIND_START:FIND_END] starts (or ends) with sub."""
    if FIND_END - FIND_START < str_length(sub):
        return 0
    n: i32 = str_size(sub)
    if n == 0:
        return 1
    if FIND_TO - FIND_FROM < n:
        return 0
    at: i32 = FIND_TO - n if at_end else FIND_FROM
    return memory_equal(str_data(s) + at, str_data(sub), n)


def str_startswith_impl(s: obj, prefix: obj, start: obj, end: obj, at_end: i32) -> obj:
    name: obj = "endswith" if at_end else "startswith"
    if find_bounds(s, start, end) != 0:
        return ERROR_VALUE
    if type_of(prefix) == TYPE_TUPLE:
        n: i32 = tuple_length(prefix)
        for i in range(0, n):
            item: obj = tuple_item(prefix, i)
            if not is_str(item):
                head: obj = str_concat3("tuple for ", name, " must only contain str, not ")
                if head != ERROR_VALUE:
                    raise_with_parts(EXC_TYPE_ERROR, head, type_name(item), "")
                    decref(head)
                return ERROR_VALUE
            if str_tailmatch(s, item, at_end):
                return TRUE_VALUE
        return FALSE_VALUE
    if not is_str(prefix):
        head2: obj = str_concat(name, " first arg must be str or a tuple of str, not ")
        if head2 != ERROR_VALUE:
            raise_with_parts(EXC_TYPE_ERROR, head2, type_name(prefix), "")
            decref(head2)
        return ERROR_VALUE
    return box_bool(str_tailmatch(s, prefix, at_end))


def str_startswith(s: obj, prefix: obj, start: obj, end: obj) -> obj:
    return str_startswith_impl(s, prefix, start, end, 0)


def str_endswith(s: obj, suffix: obj, start: obj, end: obj) -> obj:
    return str_startswith_impl(s, suffix, start, end, 1)
