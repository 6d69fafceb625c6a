"""bytes methods: find, rfind, index, rindex, count, startswith, endswith, replace, split,
rsplit, strip, lstrip, rstrip, join, upper, lower. Arguments are objs (MISSING_VALUE when
omitted); results are new references, or ERROR after raising CPython's error.
"""

# The result of bytes_bounds: start and end, adjusted as CPython's ADJUST_INDICES.
BYTES_FROM: i32 = 0
BYTES_TO: i32 = 0


def bytes_bounds(b: obj, start: obj, end: obj) -> i32:
    """0, or -1 after raising. BYTES_TO < BYTES_FROM is possible (nothing is searched)."""
    length: i64 = i64(bytes_length(b))
    a: i64 = slice_arg(start, 0)
    if EXC_CURRENT != 0:
        return -1
    e: i64 = slice_arg(end, length)
    if EXC_CURRENT != 0:
        return -1
    if e > length:
        e = length
    elif e < 0:
        e += length
        if e < 0:
            e = 0
    if a < 0:
        a += length
        if a < 0:
            a = 0
    if a > length:
        a = length + 1
    BYTES_FROM = i32(a)
    BYTES_TO = i32(e)
    return 0


def raise_bytes_like(v: obj) -> obj:
    return raise_with_parts(EXC_TYPE_ERROR, "a bytes-like object is required, not '", type_name(v), "'")


# The needle of bytes_needle: an int becomes one byte here.
BYTES_NEEDLE = data_zero(8)
NEEDLE_DATA: i32 = 0
NEEDLE_SIZE: i32 = 0


def bytes_needle(sub: obj) -> i32:
    """Set NEEDLE_DATA/NEEDLE_SIZE for a bytes or int argument; 0, or -1 after raising."""
    if is_bytes(sub):
        NEEDLE_DATA = bytes_data(sub)
        NEEDLE_SIZE = bytes_length(sub)
        return 0
    c: i32 = byte_value(sub)
    if c == -1:
        return -1
    if c == -2:
        raise_with_parts(EXC_TYPE_ERROR, "argument should be integer or bytes-like object, not '",
                         type_name(sub), "'")
        return -1
    store_u8(BYTES_NEEDLE, c)
    NEEDLE_DATA = BYTES_NEEDLE
    NEEDLE_SIZE = 1
    return 0


def bytes_find_index(b: obj, sub: obj, start: obj, end: obj, reverse: i32) -> i64:
    """The index of sub in b[start:end], -1 when absent, -2 after raising."""
    if bytes_needle(sub) != 0 or bytes_bounds(b, start, end) != 0:
        return -2
    if BYTES_TO - BYTES_FROM < NEEDLE_SIZE:
        return -1
    p: i32 = bytes_data(b) + BYTES_FROM
    found: i32 = 0
    if reverse:
        found = memory_rfind(p, BYTES_TO - BYTES_FROM, NEEDLE_DATA, NEEDLE_SIZE)
    else:
        found = memory_find(p, BYTES_TO - BYTES_FROM, NEEDLE_DATA, NEEDLE_SIZE)
    if found < 0:
        return -1
    return i64(BYTES_FROM + found)


def bytes_find(b: obj, sub: obj, start: obj, end: obj) -> obj:
    i: i64 = bytes_find_index(b, sub, start, end, 0)
    if i == -2:
        return ERROR_VALUE
    return box_int(i)


def bytes_rfind(b: obj, sub: obj, start: obj, end: obj) -> obj:
    i: i64 = bytes_find_index(b, sub, start, end, 1)
    if i == -2:
        return ERROR_VALUE
    return box_int(i)


def bytes_index(b: obj, sub: obj, start: obj, end: obj) -> obj:
    i: i64 = bytes_find_index(b, sub, start, end, 0)
    if i == -2:
        return ERROR_VALUE
    if i == -1:
        return raise_new(EXC_VALUE_ERROR, "subsection not found")
    return box_int(i)


def bytes_rindex(b: obj, sub: obj, start: obj, end: obj) -> obj:
    i: i64 = bytes_find_index(b, sub, start, end, 1)
    if i == -2:
        return ERROR_VALUE
    if i == -1:
        return raise_new(EXC_VALUE_ERROR, "subsection not found")
    return box_int(i)


def bytes_count(b: obj, sub: obj, start: obj, end: obj) -> obj:
    if bytes_needle(sub) != 0 or bytes_bounds(b, start, end) != 0:
        return ERROR_VALUE
    if BYTES_TO - BYTES_FROM < NEEDLE_SIZE:
        return box_int(0)
    if NEEDLE_SIZE == 0:
        return box_int(i64(BYTES_TO - BYTES_FROM + 1))
    return box_int(i64(memory_count(bytes_data(b) + BYTES_FROM, BYTES_TO - BYTES_FROM, NEEDLE_DATA,
                                    NEEDLE_SIZE, -1)))


def bytes_tailmatch(b: obj, sub: obj, at_end: i32) -> i32:
    n: i32 = bytes_length(sub)
    if BYTES_TO - BYTES_FROM < n:
        return 0
    if n == 0:
        return 1
    at: i32 = BYTES_TO - n if at_end else BYTES_FROM
    return memory_equal(bytes_data(b) + at, bytes_data(sub), n)


def bytes_startswith_impl(b: obj, prefix: obj, start: obj, end: obj, at_end: i32) -> obj:
    if bytes_bounds(b, start, end) != 0:
        return ERROR_VALUE
    if type_of(prefix) == TYPE_TUPLE:
        for i in range(0, tuple_length(prefix)):
            item: obj = tuple_item(prefix, i)
            if not is_bytes(item):
                return raise_bytes_like(item)
            if bytes_tailmatch(b, item, at_end):
                return TRUE_VALUE
        return FALSE_VALUE
    if not is_bytes(prefix):
        head: obj = "endswith" if at_end else "startswith"
        head2: obj = str_concat(head, " first arg must be bytes or a tuple of bytes, not ")
        if head2 == ERROR_VALUE:
            return head2
        raise_with_parts(EXC_TYPE_ERROR, head2, type_name(prefix), "")
        decref(head2)
        return ERROR_VALUE
    return box_bool(bytes_tailmatch(b, prefix, at_end))


def bytes_startswith(b: obj, prefix: obj, start: obj, end: obj) -> obj:
    return bytes_startswith_impl(b, prefix, start, end, 0)


def bytes_endswith(b: obj, suffix: obj, start: obj, end: obj) -> obj:
    return bytes_startswith_impl(b, suffix, start, end, 1)


def bytes_replace(b: obj, old: obj, new: obj, count: obj) -> obj:
    if not is_bytes(old):
        return raise_bytes_like(old)
    if not is_bytes(new):
        return raise_bytes_like(new)
    limit: i64 = arg_ssize(count, -1)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    if limit < 0 or limit > 0x7FFFFFFF:
        limit = 0x7FFFFFFF
    p: i32 = bytes_data(b)
    n: i32 = bytes_length(b)
    on: i32 = bytes_length(old)
    nn: i32 = bytes_length(new)
    k: i32 = 0
    if limit == 0:
        return new_ref(b)
    if on == 0:
        k = n + 1
        if i64(k) > limit:
            k = i32(limit)
    else:
        k = memory_count(p, n, bytes_data(old), on, i32(limit))
    if k == 0:
        return new_ref(b)
    size: i64 = i64(n) + i64(k) * (i64(nn) - i64(on))
    if size > MAX_ALLOC:
        return raise_memory_error()
    out: i32 = bytes_alloc(i32(size))
    if out == 0:
        return raise_memory_error()
    q: i32 = out + BYTES_DATA
    i: i32 = 0
    for r in range(0, k):
        if on == 0:
            memory_copy(q, bytes_data(new), nn)
            q += nn
            if i < n:
                store_u8(q, load_u8(p + i))
                q += 1
                i += 1
        else:
            found: i32 = memory_find(p + i, n - i, bytes_data(old), on)
            memory_copy(q, p + i, found)
            q += found
            memory_copy(q, bytes_data(new), nn)
            q += nn
            i += found + on
    memory_copy(q, p + i, n - i)
    return box_ptr(out)


def is_ascii_whitespace(c: i32) -> i32:
    """bytes white space (C's isspace): space, \\t, \\n, \\v, \\f, \\r."""
    return c == 32 or (c >= 9 and c <= 13)


def bytes_piece(result: obj, b: obj, start: i32, end: i32) -> i32:
    """Append b[start:end] to the list; 0 or -1 after raising."""
    piece: obj = 0
    if start == 0 and end == bytes_length(b):
        piece = new_ref(b)
    else:
        piece = bytes_from_memory(bytes_data(b) + start, end - start)
        if piece == ERROR_VALUE:
            return -1
    status: i32 = list_append(result, piece)
    decref(piece)
    return status


def bytes_split_impl(b: obj, sep: obj, maxsplit: obj, reverse: i32) -> obj:
    whitespace: i32 = sep == MISSING_VALUE or sep == NONE_VALUE
    if not whitespace:
        if not is_bytes(sep):
            return raise_bytes_like(sep)
        if bytes_length(sep) == 0:
            return raise_new(EXC_VALUE_ERROR, "empty separator")
    count: i64 = arg_ssize(maxsplit, -1)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    if count < 0:
        count = 0x7FFFFFFFFFFFFFFF
    result: obj = list_new(0)
    if result == ERROR_VALUE:
        return result
    p: i32 = bytes_data(b)
    n: i32 = bytes_length(b)
    status: i32 = 0
    if whitespace:
        if not reverse:
            i: i32 = 0
            while count > 0 and status == 0:
                count -= 1
                while i < n and is_ascii_whitespace(load_u8(p + i)):
                    i += 1
                if i == n:
                    break
                j: i32 = i
                while i < n and not is_ascii_whitespace(load_u8(p + i)):
                    i += 1
                status = bytes_piece(result, b, j, i)
            while i < n and is_ascii_whitespace(load_u8(p + i)):
                i += 1
            if status == 0 and i < n:
                status = bytes_piece(result, b, i, n)
        else:
            e: i32 = n
            while count > 0 and status == 0:
                count -= 1
                while e > 0 and is_ascii_whitespace(load_u8(p + e - 1)):
                    e -= 1
                if e == 0:
                    break
                k: i32 = e
                while e > 0 and not is_ascii_whitespace(load_u8(p + e - 1)):
                    e -= 1
                status = bytes_piece(result, b, e, k)
            while e > 0 and is_ascii_whitespace(load_u8(p + e - 1)):
                e -= 1
            if status == 0 and e > 0:
                status = bytes_piece(result, b, 0, e)
    else:
        sp: i32 = bytes_data(sep)
        sn: i32 = bytes_length(sep)
        if not reverse:
            i2: i32 = 0
            while count > 0 and status == 0:
                count -= 1
                found: i32 = memory_find(p + i2, n - i2, sp, sn)
                if found < 0:
                    break
                status = bytes_piece(result, b, i2, i2 + found)
                i2 += found + sn
            if status == 0:
                status = bytes_piece(result, b, i2, n)
        else:
            e2: i32 = n
            while count > 0 and status == 0:
                count -= 1
                found2: i32 = memory_rfind(p, e2, sp, sn)
                if found2 < 0:
                    break
                status = bytes_piece(result, b, found2 + sn, e2)
                e2 = found2
            if status == 0:
                status = bytes_piece(result, b, 0, e2)
    if status != 0:
        decref(result)
        return ERROR_VALUE
    if reverse:
        list_reverse_in_place(result)
    return result


def bytes_split(b: obj, sep: obj, maxsplit: obj) -> obj:
    return bytes_split_impl(b, sep, maxsplit, 0)


def bytes_rsplit(b: obj, sep: obj, maxsplit: obj) -> obj:
    return bytes_split_impl(b, sep, maxsplit, 1)


def bytes_strip_member(c: i32, chars: obj) -> i32:
    if chars == 0:
        return is_ascii_whitespace(c)
    p: i32 = bytes_data(chars)
    for i in range(0, bytes_length(chars)):
        if load_u8(p + i) == c:
            return 1
    return 0


def bytes_strip_impl(b: obj, chars: obj, left: i32, right: i32) -> obj:
    set_: obj = 0
    if chars != MISSING_VALUE and chars != NONE_VALUE:
        if not is_bytes(chars):
            return raise_bytes_like(chars)
        set_ = chars
    p: i32 = bytes_data(b)
    i: i32 = 0
    j: i32 = bytes_length(b)
    if left:
        while i < j and bytes_strip_member(load_u8(p + i), set_):
            i += 1
    if right:
        while j > i and bytes_strip_member(load_u8(p + j - 1), set_):
            j -= 1
    if i == 0 and j == bytes_length(b):
        return new_ref(b)
    return bytes_from_memory(p + i, j - i)


def bytes_strip(b: obj, chars: obj) -> obj:
    return bytes_strip_impl(b, chars, 1, 1)


def bytes_lstrip(b: obj, chars: obj) -> obj:
    return bytes_strip_impl(b, chars, 1, 0)


def bytes_rstrip(b: obj, chars: obj) -> obj:
    return bytes_strip_impl(b, chars, 0, 1)


def bytes_join(sep: obj, iterable: obj) -> obj:
    if not is_iterable_object(iterable):
        return raise_new(EXC_TYPE_ERROR, "can only join an iterable")
    items: obj = sequence_to_list(iterable)
    if items == ERROR_VALUE:
        return items
    n: i32 = list_length(items)
    size: i64 = 0
    for i in range(0, n):
        item: obj = list_item(items, i)
        if not is_bytes(item):
            index: obj = int_to_str(i64(i))
            if index != ERROR_VALUE:
                head: obj = str_concat3("sequence item ", index, ": expected a bytes-like object, ")
                if head != ERROR_VALUE:
                    raise_with_parts(EXC_TYPE_ERROR, head, type_name(item), " found")
                    decref(head)
                decref(index)
            decref(items)
            return ERROR_VALUE
        size += i64(bytes_length(item))
    if n > 1:
        size += i64(n - 1) * i64(bytes_length(sep))
    if size > MAX_ALLOC:
        decref(items)
        return raise_memory_error()
    out: i32 = bytes_alloc(i32(size))
    if out == 0:
        decref(items)
        return raise_memory_error()
    q: i32 = out + BYTES_DATA
    for i in range(0, n):
        if i > 0:
            memory_copy(q, bytes_data(sep), bytes_length(sep))
            q += bytes_length(sep)
        part: obj = list_item(items, i)
        memory_copy(q, bytes_data(part), bytes_length(part))
        q += bytes_length(part)
    decref(items)
    return box_ptr(out)


def bytes_case(b: obj, upper: i32) -> obj:
    n: i32 = bytes_length(b)
    out: i32 = bytes_alloc(n)
    if out == 0:
        return raise_memory_error()
    p: i32 = bytes_data(b)
    for i in range(0, n):
        c: i32 = load_u8(p + i)
        if upper and c >= 97 and c <= 122:
            c -= 32
        elif not upper and c >= 65 and c <= 90:
            c += 32
        store_u8(out + BYTES_DATA + i, c)
    return box_ptr(out)


def bytes_upper(b: obj) -> obj:
    return bytes_case(b, 1)


def bytes_lower(b: obj) -> obj:
    return bytes_case(b, 0)


def bytes_byte_class(c: i32, kind: i32) -> i32:
    """1 if ASCII byte c is in class kind: 0 alpha, 1 digit, 2 alnum, 3 space."""
    alpha: i32 = (c >= 65 and c <= 90) or (c >= 97 and c <= 122)
    digit: i32 = c >= 48 and c <= 57
    if kind == 0:
        return alpha
    if kind == 1:
        return digit
    if kind == 2:
        return alpha or digit
    return c == 32 or (c >= 9 and c <= 13)


def bytes_all_class(b: obj, kind: i32) -> obj:
    n: i32 = bytes_length(b)
    p: i32 = bytes_data(b)
    for i in range(0, n):
        if not bytes_byte_class(load_u8(p + i), kind):
            return box_bool(0)
    return box_bool(n > 0)


def bytes_isalpha(b: obj) -> obj:
    return bytes_all_class(b, 0)


def bytes_isdigit(b: obj) -> obj:
    return bytes_all_class(b, 1)


def bytes_isalnum(b: obj) -> obj:
    return bytes_all_class(b, 2)


def bytes_isspace(b: obj) -> obj:
    return bytes_all_class(b, 3)


def bytes_cased(b: obj, upper: i32) -> obj:
    """isupper/islower: some cased byte, and none of the other case."""
    n: i32 = bytes_length(b)
    p: i32 = bytes_data(b)
    cased: i32 = 0
    for i in range(0, n):
        c: i32 = load_u8(p + i)
        is_upper: i32 = c >= 65 and c <= 90
        is_lower: i32 = c >= 97 and c <= 122
        if (upper and is_lower) or (not upper and is_upper):
            return box_bool(0)
        if is_upper or is_lower:
            cased = 1
    return box_bool(cased)


def bytes_isupper(b: obj) -> obj:
    return bytes_cased(b, 1)


def bytes_islower(b: obj) -> obj:
    return bytes_cased(b, 0)
