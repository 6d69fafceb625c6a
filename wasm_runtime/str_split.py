"""str methods that cut and join: split, rsplit, join, strip, replace, partition,
splitlines, removeprefix/removesuffix.

Each method takes objs (MISSING_VALUE for an omitted optional argument) and returns a new
reference, or ERROR after raising with CPython's message.
"""


def arg_ssize(v: obj, default: i64) -> i64:
    """An int argument (a width, a count): default when omitted. After raising (TypeError
    for a non-int, OverflowError for a big int), EXC_CURRENT is set and 0 returned."""
    if v == MISSING_VALUE:
        return default
    if is_small_int_like(v):
        return unbox_int(v)
    if is_int_like(v):
        raise_new(EXC_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")
        return 0
    raise_with_parts(EXC_TYPE_ERROR, "'", type_name(v), "' object cannot be interpreted as an integer")
    return 0


def is_space_cp(c: i32) -> i32:
    """str.isspace() of one code point."""
    if c < 128:
        return ascii_space(c)
    return is_unicode_space(c)


def space_at(p: i32, o: i32) -> i32:
    """Whether the code point at byte o is white space."""
    c: i32 = load_u8(p + o)
    if c < 128:
        return is_space_cp(c)
    return is_unicode_space(utf8_decode_at(p + o))


def next_offset(p: i32, o: i32) -> i32:
    return o + utf8_width(load_u8(p + o))


def previous_offset(p: i32, o: i32) -> i32:
    """The offset of the code point before byte o (o > 0)."""
    o -= 1
    while (load_u8(p + o) & 0xC0) == 0x80:
        o -= 1
    return o


def split_add(result: obj, s: obj, start: i32, end: i32) -> i32:
    """Append s[start:end] (bytes) to the list; 0 or -1 after raising."""
    part: obj = str_substring(s, start, end)
    if part == ERROR_VALUE:
        return -1
    status: i32 = list_append(result, part)
    decref(part)
    return status


def ascii_space(c: i32) -> i32:
    """is_space_cp for a byte below 128: 9-13, 28-31 and 32."""
    return c == 32 or lt_u(c - 9, 5) or lt_u(c - 28, 4)


def split_ascii_whitespace(result: obj, s: obj, count: i64) -> obj:
    """s.split() for an ASCII s (the common case, byte by byte); result is the new list."""
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    i: i32 = 0
    while count > 0:
        count -= 1
        while i < n and ascii_space(load_u8(p + i)):
            i += 1
        if i == n:
            return result
        j: i32 = i
        i += 1
        while i < n and not ascii_space(load_u8(p + i)):
            i += 1
        if split_add(result, s, j, i) != 0:
            decref(result)
            return ERROR_VALUE
    while i < n and ascii_space(load_u8(p + i)):
        i += 1
    if i != n and split_add(result, s, i, n) != 0:
        decref(result)
        return ERROR_VALUE
    return result


def split_sep_check(sep: obj) -> i32:
    """1 for a str separator, 0 for None (white space), -1 after raising."""
    if sep == MISSING_VALUE or sep == NONE_VALUE:
        return 0
    if not is_str(sep):
        raise_with_parts(EXC_TYPE_ERROR, "must be str or None, not ", type_name(sep), "")
        return -1
    if str_size(sep) == 0:
        raise_new(EXC_VALUE_ERROR, "empty separator")
        return -1
    return 1


def str_split(s: obj, sep: obj, maxsplit: obj) -> obj:
    """s.split(sep, maxsplit)."""
    kind: i32 = split_sep_check(sep)
    if kind < 0:
        return ERROR_VALUE
    count: i64 = arg_ssize(maxsplit, -1)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    if count < 0:
        count = 0x7FFFFFFFFFFFFFFF
    result: obj = list_new(0)
    if result == ERROR_VALUE:
        return result
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    i: i32 = 0
    j: i32 = 0
    if kind == 0 and n == str_length(s):
        return split_ascii_whitespace(result, s, count)
    if kind == 0:
        while count > 0:
            count -= 1
            while i < n and space_at(p, i):
                i = next_offset(p, i)
            if i == n:
                break
            j = i
            i = next_offset(p, i)
            while i < n and not space_at(p, i):
                i = next_offset(p, i)
            if split_add(result, s, j, i) != 0:
                decref(result)
                return ERROR_VALUE
        if i < n:
            while i < n and space_at(p, i):
                i = next_offset(p, i)
            if i != n and split_add(result, s, i, n) != 0:
                decref(result)
                return ERROR_VALUE
        return result
    sp: i32 = str_data(sep)
    sn: i32 = str_size(sep)
    while count > 0:
        count -= 1
        found: i32 = memory_find(p + i, n - i, sp, sn)
        if found < 0:
            break
        if split_add(result, s, i, i + found) != 0:
            decref(result)
            return ERROR_VALUE
        i = i + found + sn
    if split_add(result, s, i, n) != 0:
        decref(result)
        return ERROR_VALUE
    return result


def str_rsplit(s: obj, sep: obj, maxsplit: obj) -> obj:
    """s.rsplit(sep, maxsplit)."""
    kind: i32 = split_sep_check(sep)
    if kind < 0:
        return ERROR_VALUE
    count: i64 = arg_ssize(maxsplit, -1)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    if count < 0:
        count = 0x7FFFFFFFFFFFFFFF
    result: obj = list_new(0)
    if result == ERROR_VALUE:
        return result
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    # i and j are end offsets (exclusive) here.
    i: i32 = n
    j: i32 = n
    if kind == 0:
        while count > 0:
            count -= 1
            while i > 0 and space_at(p, previous_offset(p, i)):
                i = previous_offset(p, i)
            if i == 0:
                break
            j = i
            i = previous_offset(p, i)
            while i > 0 and not space_at(p, previous_offset(p, i)):
                i = previous_offset(p, i)
            if split_add(result, s, i, j) != 0:
                decref(result)
                return ERROR_VALUE
        if i > 0:
            while i > 0 and space_at(p, previous_offset(p, i)):
                i = previous_offset(p, i)
            if i > 0 and split_add(result, s, 0, i) != 0:
                decref(result)
                return ERROR_VALUE
        list_reverse_in_place(result)
        return result
    sp: i32 = str_data(sep)
    sn: i32 = str_size(sep)
    while count > 0:
        count -= 1
        found: i32 = memory_rfind(p, j, sp, sn)
        if found < 0:
            break
        if split_add(result, s, found + sn, j) != 0:
            decref(result)
            return ERROR_VALUE
        j = found
    if split_add(result, s, 0, j) != 0:
        decref(result)
        return ERROR_VALUE
    list_reverse_in_place(result)
    return result


def is_iterable_object(v: obj) -> i32:
    """Whether v is of a type iter() accepts (for the errors that name non-iterables)."""
    t: i32 = type_of(v)
    return not (t == 0 or t == TYPE_INT or t == TYPE_FUNCTION or t == TYPE_SLICE or t == TYPE_TYPE
                or t == TYPE_EXCEPTION or t == TYPE_INSTANCE or t == TYPE_CLASS or t == TYPE_METHOD
                or t == TYPE_BUILTIN_METHOD)


def str_join(sep: obj, iterable: obj) -> obj:
    """sep.join(iterable)."""
    items: obj = 0
    if type_of(iterable) == TYPE_LIST:
        items = new_ref(iterable)
    elif is_iterable_object(iterable):
        items = sequence_to_list(iterable)
        if items == ERROR_VALUE:
            return items
    else:
        return raise_new(EXC_TYPE_ERROR, "can only join an iterable")
    n: i32 = list_length(items)
    size: i64 = 0
    length: i64 = 0
    for i in range(0, n):
        item: obj = list_item(items, i)
        if not is_str(item):
            index: obj = int_to_str(i64(i))
            if index != ERROR_VALUE:
                head: obj = str_concat3("sequence item ", index, ": expected str instance, ")
                if head != ERROR_VALUE:
                    raise_with_parts(EXC_TYPE_ERROR, head, type_name(item), " found")
                    decref(head)
                decref(index)
            decref(items)
            return ERROR_VALUE
        size += i64(str_size(item))
        length += i64(str_length(item))
    if n == 1:
        only: obj = new_ref(list_item(items, 0))
        decref(items)
        return only
    if n > 1:
        size += i64(n - 1) * i64(str_size(sep))
        length += i64(n - 1) * i64(str_length(sep))
    if size > MAX_ALLOC:
        decref(items)
        return raise_memory_error()
    out: i32 = str_alloc(i32(size), i32(length))
    if out == 0:
        decref(items)
        return raise_memory_error()
    q: i32 = out + STR_DATA
    for i in range(0, n):
        if i > 0:
            memory_copy(q, str_data(sep), str_size(sep))
            q += str_size(sep)
        part: obj = list_item(items, i)
        memory_copy(q, str_data(part), str_size(part))
        q += str_size(part)
    decref(items)
    return box_ptr(out)


# strip.

def strip_member(c: i32, chars: obj) -> i32:
    """Whether code point c is stripped: white space when chars is 0, else one of chars."""
    if chars == 0:
        return is_space_cp(c)
    p: i32 = str_data(chars)
    n: i32 = str_size(chars)
    if c < 128:
        for i in range(0, n):
            if load_u8(p + i) == c:
                return 1
        return 0
    o: i32 = 0
    while o < n:
        if utf8_decode_at(p + o) == c:
            return 1
        o = next_offset(p, o)
    return 0


def cp_at(p: i32, o: i32) -> i32:
    c: i32 = load_u8(p + o)
    if c < 128:
        return c
    return utf8_decode_at(p + o)


def str_strip_impl(s: obj, chars: obj, left: i32, right: i32, name: obj) -> obj:
    set_: obj = 0
    if chars != MISSING_VALUE and chars != NONE_VALUE:
        if not is_str(chars):
            return raise_with_parts(EXC_TYPE_ERROR, name, " arg must be None or str", "")
        set_ = chars
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    i: i32 = 0
    j: i32 = n
    if left:
        while i < n and strip_member(cp_at(p, i), set_):
            i = next_offset(p, i)
    if right:
        while j > i and strip_member(cp_at(p, previous_offset(p, j)), set_):
            j = previous_offset(p, j)
    return str_substring(s, i, j)


def str_strip(s: obj, chars: obj) -> obj:
    return str_strip_impl(s, chars, 1, 1, "strip")


def str_lstrip(s: obj, chars: obj) -> obj:
    return str_strip_impl(s, chars, 1, 0, "lstrip")


def str_rstrip(s: obj, chars: obj) -> obj:
    return str_strip_impl(s, chars, 0, 1, "rstrip")


def str_replace(s: obj, old: obj, new: obj, count: obj) -> obj:
    """s.replace(old, new, count)."""
    if not is_str(old):
        return raise_with_parts(EXC_TYPE_ERROR, "replace() argument 1 must be str, not ", type_name(old), "")
    if not is_str(new):
        return raise_with_parts(EXC_TYPE_ERROR, "replace() argument 2 must be str, not ", type_name(new), "")
    limit: i64 = arg_ssize(count, -1)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    on: i32 = str_size(old)
    nn: i32 = str_size(new)
    if limit < 0 or limit > 0x7FFFFFFF:
        limit = 0x7FFFFFFF
    if limit == 0:
        return new_ref(s)
    # The number of replacements.
    k: i32 = 0
    if on == 0:
        k = str_length(s) + 1
        if i64(k) > limit:
            k = i32(limit)
    else:
        k = memory_count(p, n, str_data(old), on, i32(limit))
    if k == 0:
        return new_ref(s)
    size: i64 = i64(n) + i64(k) * (i64(nn) - i64(on))
    if size > MAX_ALLOC:
        return raise_memory_error()
    length: i32 = str_length(s) + k * (str_length(new) - str_length(old))
    out: i32 = str_alloc(i32(size), length)
    if out == 0:
        return raise_memory_error()
    q: i32 = out + STR_DATA
    i: i32 = 0
    for r in range(0, k):
        if on == 0:
            memory_copy(q, str_data(new), nn)
            q += nn
            if i < n:
                w: i32 = utf8_width(load_u8(p + i))
                memory_copy(q, p + i, w)
                q += w
                i += w
        else:
            found: i32 = memory_find(p + i, n - i, str_data(old), on)
            memory_copy(q, p + i, found)
            q += found
            memory_copy(q, str_data(new), nn)
            q += nn
            i += found + on
    memory_copy(q, p + i, n - i)
    return box_ptr(out)


def str_partition_impl(s: obj, sep: obj, reverse: i32) -> obj:
    if not is_str(sep):
        return raise_with_parts(EXC_TYPE_ERROR, "must be str, not ", type_name(sep), "")
    if str_size(sep) == 0:
        return raise_new(EXC_VALUE_ERROR, "empty separator")
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    found: i32 = 0
    if reverse:
        found = memory_rfind(p, n, str_data(sep), str_size(sep))
    else:
        found = memory_find(p, n, str_data(sep), str_size(sep))
    result: obj = tuple_new(3)
    if result == ERROR_VALUE:
        return result
    if found < 0:
        if reverse:
            tuple_set(result, 0, new_ref(""))
            tuple_set(result, 1, new_ref(""))
            tuple_set(result, 2, new_ref(s))
        else:
            tuple_set(result, 0, new_ref(s))
            tuple_set(result, 1, new_ref(""))
            tuple_set(result, 2, new_ref(""))
        return result
    before: obj = str_substring(s, 0, found)
    if before == ERROR_VALUE:
        decref(result)
        return before
    tuple_set(result, 0, before)
    tuple_set(result, 1, new_ref(sep))
    after: obj = str_substring(s, found + str_size(sep), n)
    if after == ERROR_VALUE:
        decref(result)
        return after
    tuple_set(result, 2, after)
    return result


def str_partition(s: obj, sep: obj) -> obj:
    return str_partition_impl(s, sep, 0)


def str_rpartition(s: obj, sep: obj) -> obj:
    return str_partition_impl(s, sep, 1)


def line_break_size(p: i32, o: i32, n: i32) -> i32:
    """The byte length of the line boundary at o (\\r\\n counts as one), or 0."""
    c: i32 = load_u8(p + o)
    if c == 13:
        if o + 1 < n and load_u8(p + o + 1) == 10:
            return 2
        return 1
    if c == 10 or c == 11 or c == 12 or c == 28 or c == 29 or c == 30:
        return 1
    if c == 0xC2 and load_u8(p + o + 1) == 0x85:
        return 2
    if c == 0xE2 and load_u8(p + o + 1) == 0x80 and (load_u8(p + o + 2) == 0xA8 or load_u8(p + o + 2) == 0xA9):
        return 3
    return 0


def str_splitlines(s: obj, keepends: obj) -> obj:
    keep: i64 = 0
    if keepends != MISSING_VALUE:
        keep = arg_ssize(keepends, 0)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
    result: obj = list_new(0)
    if result == ERROR_VALUE:
        return result
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    i: i32 = 0
    while i < n:
        j: i32 = i
        eol: i32 = 0
        while j < n:
            eol = line_break_size(p, j, n)
            if eol != 0:
                break
            j = next_offset(p, j)
        end: i32 = j + eol if keep != 0 else j
        if i == 0 and j + eol == n and (keep != 0 or eol == 0):
            # The whole str is one line.
            status: i32 = list_append(result, s)
            if status != 0:
                decref(result)
                return ERROR_VALUE
            break
        if split_add(result, s, i, end) != 0:
            decref(result)
            return ERROR_VALUE
        i = j + eol
    return result


def str_removeprefix(s: obj, prefix: obj) -> obj:
    if not is_str(prefix):
        return raise_with_parts(EXC_TYPE_ERROR, "removeprefix() argument must be str, not ", type_name(prefix), "")
    n: i32 = str_size(prefix)
    if n <= str_size(s) and memory_equal(str_data(s), str_data(prefix), n):
        return str_substring(s, n, str_size(s))
    return new_ref(s)


def str_removesuffix(s: obj, suffix: obj) -> obj:
    if not is_str(suffix):
        return raise_with_parts(EXC_TYPE_ERROR, "removesuffix() argument must be str, not ", type_name(suffix), "")
    n: i32 = str_size(suffix)
    size: i32 = str_size(s)
    if n != 0 and n <= size and memory_equal(str_data(s) + size - n, str_data(suffix), n):
        return str_substring(s, 0, size - n)
    return new_ref(s)
