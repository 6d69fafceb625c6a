"""str methods that pad: center, ljust, rjust, zfill, expandtabs. Arguments are objs
(MISSING_VALUE when omitted); results are new references, or ERROR after raising."""

def str_expandtabs(s: obj, tabsize: obj) -> obj:
    tab: i64 = arg_ssize(tabsize, 8)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    # First pass: the size.
    size: i64 = 0
    column: i64 = 0
    found: i32 = 0
    o: i32 = 0
    while o < n:
        c: i32 = load_u8(p + o)
        if c == 9:
            found = 1
            if tab > 0:
                incr: i64 = tab - column % tab
                column += incr
                size += incr
            o += 1
        else:
            w: i32 = utf8_width(c)
            size += i64(w)
            column += 1
            if c == 10 or c == 13:
                column = 0
            o += w
        if size > MAX_ALLOC:
            return raise_memory_error()
    if not found:
        return new_ref(s)
    out: i32 = str_alloc(i32(size), 0)
    if out == 0:
        return raise_memory_error()
    q: i32 = out + STR_DATA
    column = 0
    o = 0
    while o < n:
        c2: i32 = load_u8(p + o)
        if c2 == 9:
            if tab > 0:
                incr2: i64 = tab - column % tab
                column += incr2
                memory_fill(q, 32, i32(incr2))
                q += i32(incr2)
            o += 1
        else:
            w2: i32 = utf8_width(c2)
            memory_copy(q, p + o, w2)
            q += w2
            column += 1
            if c2 == 10 or c2 == 13:
                column = 0
            o += w2
    store_i32(out, utf8_count(out + STR_DATA, i32(size)), STR_LENGTH)
    return box_ptr(out)


# Padding.

def fill_char_arg(fillchar: obj, name: obj) -> i32:
    """The code point of a fill character argument (' ' when omitted), or -1 after raising."""
    if fillchar == MISSING_VALUE:
        return 32
    if not is_str(fillchar):
        raise_with_parts(EXC_TYPE_ERROR, "The fill character must be a unicode character, not ",
                         type_name(fillchar), "")
        return -1
    if str_length(fillchar) != 1:
        raise_new(EXC_TYPE_ERROR, "The fill character must be exactly one character long")
        return -1
    return utf8_decode_at(str_data(fillchar))


def str_pad(s: obj, left: i64, right: i64, fill: i32) -> obj:
    """s with `left` and `right` fill characters around it."""
    if left < 0:
        left = 0
    if right < 0:
        right = 0
    if left == 0 and right == 0:
        return new_ref(s)
    w: i32 = utf8_size_of(fill)
    size: i64 = i64(str_size(s)) + (left + right) * i64(w)
    if size > MAX_ALLOC:
        return raise_memory_error()
    out: i32 = str_alloc(i32(size), str_length(s) + i32(left + right))
    if out == 0:
        return raise_memory_error()
    q: i32 = out + STR_DATA
    q = write_fill(q, fill, i32(left))
    memory_copy(q, str_data(s), str_size(s))
    q += str_size(s)
    write_fill(q, fill, i32(right))
    return box_ptr(out)


def write_fill(q: i32, c: i32, count: i32) -> i32:
    """Write code point c count times at q; the address after."""
    if c < 128:
        memory_fill(q, c, count)
        return q + count
    for i in range(0, count):
        q += utf8_encode(q, c)
    return q


def str_justify(s: obj, width: obj, fillchar: obj, how: i32) -> obj:
    """how: 0 ljust, 1 rjust, 2 center."""
    w: i64 = arg_ssize(width, 0)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    fill: i32 = fill_char_arg(fillchar, "")
    if fill < 0:
        return ERROR_VALUE
    length: i64 = i64(str_length(s))
    if w <= length:
        return new_ref(s)
    margin: i64 = w - length
    if how == 0:
        return str_pad(s, 0, margin, fill)
    if how == 1:
        return str_pad(s, margin, 0, fill)
    left: i64 = margin // 2 + (margin & w & 1)
    return str_pad(s, left, margin - left, fill)


def str_ljust(s: obj, width: obj, fillchar: obj) -> obj:
    return str_justify(s, width, fillchar, 0)


def str_rjust(s: obj, width: obj, fillchar: obj) -> obj:
    return str_justify(s, width, fillchar, 1)


def str_center(s: obj, width: obj, fillchar: obj) -> obj:
    return str_justify(s, width, fillchar, 2)


def str_zfill(s: obj, width: obj) -> obj:
    w: i64 = arg_ssize(width, 0)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    length: i64 = i64(str_length(s))
    if w <= length:
        return new_ref(s)
    result: obj = str_pad(s, w - length, 0, 48)
    if result == ERROR_VALUE:
        return result
    fill: i32 = i32(w - length)
    q: i32 = str_data(result)
    c: i32 = load_u8(q + fill)
    if c == 43 or c == 45:
        store_u8(q, c)
        store_u8(q + fill, 48)
    return result
