"""The builtins int(), float(), str() and the int a range() argument must be."""


def py_str(v: obj) -> obj:
    tag: i64 = shr_u(v, TAG_SHIFT)
    if tag == TAG_INT:
        return int_to_str(unbox_int(v))
    if tag == TAG_BOOL:
        return new_ref("True" if v & 1 else "False")
    if tag == TAG_NONE:
        return new_ref("None")
    if lt_u(tag, TAG_FIRST):
        return float_repr(unbox_float(v))
    if is_str(v):
        return new_ref(v)
    return new_ref("<object>")


def py_index(v: obj) -> i64:
    """The int value of an int or bool; TypeError for anything else."""
    if is_small_int_like(v):
        return unbox_int(v)
    raise_with_parts(EXC_TYPE_ERROR, "'", type_name(v), "' object cannot be interpreted as an integer")
    return 0


def py_int(v: obj) -> i64:
    if is_small_int_like(v):
        return unbox_int(v)
    if is_float(v):
        return int_of_float(unbox_float(v))
    if is_str(v):
        return parse_int(v)
    raise_with_parts(EXC_TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '",
                     type_name(v), "'")
    return 0


def int_of_float(f: f64) -> i64:
    if f != f:
        raise_new(EXC_VALUE_ERROR, "cannot convert float NaN to integer")
        return 0
    if fabs(f) == f64_of_bits(0x7FF0000000000000):
        raise_new(EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer")
        return 0
    t: f64 = trunc(f)
    if fabs(t) >= 140737488355328.0:
        raise_overflow_int()
        return 0
    return i64(t)


def py_float(v: obj) -> f64:
    if is_float(v):
        return unbox_float(v)
    if is_small_int_like(v):
        return f64(unbox_int(v))
    if is_str(v):
        return parse_float(v)
    raise_with_parts(EXC_TYPE_ERROR, "float() argument must be a string or a real number, not '",
                     type_name(v), "'")
    return 0.0


def decimal_value(c: i32) -> i32:
    """The digit value of a Unicode decimal digit, or -1."""
    for i in range(0, DECIMAL_ZERO_COUNT):
        zero: i32 = load_i32(DECIMAL_ZEROS + i * 4)
        if c >= zero and c < zero + 10:
            return c - zero
    return -1


def is_unicode_space(c: i32) -> i32:
    for i in range(0, SPACE_COUNT):
        if load_i32(SPACES + i * 4) == c:
            return 1
    return 0


def number_text_to_ascii(src: i32, n: i32, dst: i32) -> i32:
    """The n bytes of UTF-8 at src as CPython's float() and int() read them
    (_PyUnicode_TransformDecimalAndSpaceToASCII), written to dst: ASCII kept, other white
    space as ' ', other decimal digits as '0'..'9'. The length written, or -1 at any
    other character."""
    i: i32 = 0
    o: i32 = 0
    while i < n:
        c: i32 = load_u8(src + i)
        if c < 128:
            store_u8(dst + o, c)
            i += 1
            o += 1
            continue
        cp: i32 = 0
        size: i32 = 0
        if c < 0xE0:
            cp = ((c & 0x1F) << 6) | (load_u8(src + i + 1) & 0x3F)
            size = 2
        elif c < 0xF0:
            cp = ((c & 0x0F) << 12) | ((load_u8(src + i + 1) & 0x3F) << 6) | (load_u8(src + i + 2) & 0x3F)
            size = 3
        else:
            cp = (((c & 0x07) << 18) | ((load_u8(src + i + 1) & 0x3F) << 12)
                  | ((load_u8(src + i + 2) & 0x3F) << 6) | (load_u8(src + i + 3) & 0x3F))
            size = 4
        if is_unicode_space(cp):
            store_u8(dst + o, 32)
        else:
            d: i32 = decimal_value(cp)
            if d < 0:
                return -1
            store_u8(dst + o, 48 + d)
        i += size
        o += 1
    return o


def is_ascii_space(c: i32) -> i32:
    """White space as int() and float() skip it (C's isspace: 0x1C..0x1F are not)."""
    return c == 32 or (c >= 9 and c <= 13)


def parse_int(s: obj) -> i64:
    """int(s): optional whitespace and sign, decimal digits with single underscores
    between them; ValueError with CPython's message otherwise."""
    n: i32 = str_size(s)
    buffer: i32 = alloc(n + 1)
    if buffer == 0:
        raise_memory_error()
        return 0
    size: i32 = number_text_to_ascii(str_data(s), n, buffer)
    value: i64 = ERROR_VALUE
    if size >= 0:
        value = parse_ascii_int(buffer, buffer + size)
    free(buffer)
    if value == ERROR_VALUE:
        invalid_int_literal(s)
        return 0
    return value


def parse_ascii_int(p: i32, end: i32) -> i64:
    """The value of the ASCII int literal from p to end, or ERROR_VALUE when it is not
    one (or, beyond the small-int range, raise OverflowError and return 0)."""
    while p < end and is_ascii_space(load_u8(p)):
        p += 1
    while end > p and is_ascii_space(load_u8(end - 1)):
        end -= 1
    negative: i32 = 0
    if p < end and (load_u8(p) == 43 or load_u8(p) == 45):
        negative = load_u8(p) == 45
        p += 1
    value: i64 = 0
    digits: i32 = 0
    previous_underscore: i32 = 0
    while p < end:
        c: i32 = load_u8(p)
        if c == 95 and digits > 0 and not previous_underscore:
            previous_underscore = 1
        elif c >= 48 and c <= 57:
            previous_underscore = 0
            digits += 1
            value = value * 10 + i64(c - 48)
            if value > SMALL_INT_MAX + 1:
                raise_overflow_int()
                return 0
        else:
            return ERROR_VALUE
        p += 1
    if digits == 0 or previous_underscore:
        return ERROR_VALUE
    if negative:
        value = 0 - value
    if not fits_small_int(value):
        raise_overflow_int()
        return 0
    return value


def invalid_int_literal(s: obj) -> i64:
    r: obj = str_repr(s)
    if r == ERROR_VALUE:
        return 0
    raise_with_parts(EXC_VALUE_ERROR, "invalid literal for int() with base 10: ", r, "")
    decref(r)
    return 0


HEX_DIGITS = data_u8(b"0123456789abcdef")


def str_repr(s: obj) -> obj:
    """repr(s): quoted with ' (or " when s has ' but no "), with \\\\, \\n, \\r, \\t and \\xNN
    escapes for other control characters."""
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    has_single: i32 = 0
    has_double: i32 = 0
    extra: i32 = 0
    for i in range(0, n):
        c: i32 = load_u8(p + i)
        if c == 39:
            has_single = 1
        elif c == 34:
            has_double = 1
        if c == 92 or c == 10 or c == 13 or c == 9:
            extra += 1
        elif c < 32 or c == 127:
            extra += 3
    quote: i32 = 34 if has_single and not has_double else 39
    if quote == 39 and has_single:
        for i in range(0, n):
            if load_u8(p + i) == 39:
                extra += 1
    out: i32 = str_alloc(n + extra + 2, str_length(s) + extra + 2)
    if out == 0:
        return raise_memory_error()
    q: i32 = out + STR_DATA
    store_u8(q, quote)
    q += 1
    for i in range(0, n):
        c: i32 = load_u8(p + i)
        if c == quote or c == 92:
            store_u8(q, 92)
            store_u8(q + 1, c)
            q += 2
        elif c == 10 or c == 13 or c == 9:
            store_u8(q, 92)
            store_u8(q + 1, 110 if c == 10 else (114 if c == 13 else 116))
            q += 2
        elif c < 32 or c == 127:
            store_u8(q, 92)
            store_u8(q + 1, 120)
            store_u8(q + 2, load_u8(HEX_DIGITS + (c >> 4)))
            store_u8(q + 3, load_u8(HEX_DIGITS + (c & 15)))
            q += 4
        else:
            store_u8(q, c)
            q += 1
    store_u8(q, quote)
    return box_ptr(out)
