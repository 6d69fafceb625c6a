"""format(v, spec): the format-spec mini-language for ints, bools, floats, strs and None,
as CPython's Python/formatter_unicode.c implements it (its errors included).

    [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

A number is laid out as
    <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
where only one of the paddings is not empty (fill_number).
"""

# The parsed spec (parse_format_spec).
FS_FILL: i32 = 32
FS_ALIGN: i32 = 0
FS_SIGN: i32 = 0
FS_NO_NEG_0: i32 = 0
FS_ALT: i32 = 0
FS_WIDTH: i64 = -1
FS_GROUPING: i32 = 0    # 0, or GROUP_*
FS_PRECISION: i64 = -1
FS_TYPE: i32 = 0

GROUP_COMMA = 1
GROUP_UNDERSCORE = 2
GROUP_UNDERSCORE_FOUR = 3

FORMAT_DIGITS = data_zero(80)
SSIZE_MAX = 0x7FFFFFFFFFFFFFFF


def is_alignment(c: i32) -> i32:
    return c == 60 or c == 62 or c == 61 or c == 94


def spec_integer(p: i32, o: i32, n: i32) -> i32:
    """Read decimal digits (any Unicode decimals) from byte o: their value in SPEC_VALUE,
    the offset after them returned; -1 after raising (too many digits)."""
    value: i64 = 0
    while o < n:
        c: i32 = load_u8(p + o)
        d: i32 = 0
        w: i32 = 1
        if c < 128:
            d = c - 48 if c >= 48 and c <= 57 else -1
        else:
            d = decimal_value(utf8_decode_at(p + o))
            w = utf8_width(c)
        if d < 0:
            break
        if value > (SSIZE_MAX - i64(d)) // 10:
            raise_new(EXC_VALUE_ERROR, "Too many decimal digits in format string")
            return -1
        value = value * 10 + i64(d)
        SPEC_DIGITS += 1
        o += w
    SPEC_VALUE = value
    return o


SPEC_VALUE: i64 = 0
SPEC_DIGITS: i32 = 0


def raise_cannot_specify(separator: i32, t: i32) -> None:
    b: i32 = strbuf_new(40)
    if b == 0:
        return
    strbuf_put_str(b, "Cannot specify '")
    strbuf_put_byte(b, separator)
    strbuf_put_str(b, "' with '")
    put_presentation_type(b, t)
    strbuf_put_str(b, "'.")
    raise_built(b, EXC_VALUE_ERROR)


def put_presentation_type(b: i32, t: i32) -> None:
    """A type character as CPython's errors show it: itself, or \\x<hex> when it is not
    printable ASCII."""
    if t > 32 and t < 128:
        strbuf_put_byte(b, t)
        return
    strbuf_put_str(b, "\\x")
    digits: i32 = 1
    x: i32 = t >> 4
    while x != 0:
        digits += 1
        x = x >> 4
    q: i32 = strbuf_reserve(b, digits)
    if q != 0:
        write_hex(q, t, digits)
        strbuf_advance(b, digits)


def raise_built(b: i32, kind: i32) -> obj:
    """Raise kind with the message built in b."""
    message: obj = strbuf_finish(b)
    if message == ERROR_VALUE:
        return message
    result: obj = raise_new(kind, message)
    decref(message)
    return result


def parse_format_spec(v: obj, spec: obj, default_type: i32, default_align: i32) -> i32:
    """Parse spec into FS_*: 0, or -1 after raising ValueError."""
    p: i32 = str_data(spec)
    n: i32 = str_size(spec)
    FS_FILL = 32
    FS_ALIGN = default_align
    FS_SIGN = 0
    FS_NO_NEG_0 = 0
    FS_ALT = 0
    FS_WIDTH = -1
    FS_GROUPING = 0
    FS_PRECISION = -1
    FS_TYPE = default_type
    fill_given: i32 = 0
    align_given: i32 = 0
    o: i32 = 0
    if n > 0:
        w0: i32 = utf8_width(load_u8(p))
        if w0 < n and is_alignment(load_u8(p + w0)):
            FS_ALIGN = load_u8(p + w0)
            FS_FILL = utf8_decode_at(p)
            fill_given = 1
            align_given = 1
            o = w0 + 1
        elif is_alignment(load_u8(p)):
            FS_ALIGN = load_u8(p)
            align_given = 1
            o = 1
    if o < n and (load_u8(p + o) == 43 or load_u8(p + o) == 45 or load_u8(p + o) == 32):
        FS_SIGN = load_u8(p + o)
        o += 1
    if o < n and load_u8(p + o) == 122:
        FS_NO_NEG_0 = 1
        o += 1
    if o < n and load_u8(p + o) == 35:
        FS_ALT = 1
        o += 1
    if not fill_given and o < n and load_u8(p + o) == 48:
        FS_FILL = 48
        if not align_given and default_align == 62:
            FS_ALIGN = 61
        o += 1
    SPEC_DIGITS = 0
    o = spec_integer(p, o, n)
    if o < 0:
        return -1
    if SPEC_DIGITS > 0:
        FS_WIDTH = SPEC_VALUE
    if o < n and load_u8(p + o) == 44:
        FS_GROUPING = GROUP_COMMA
        o += 1
    if o < n and load_u8(p + o) == 95:
        if FS_GROUPING != 0:
            raise_new(EXC_VALUE_ERROR, "Cannot specify both ',' and '_'.")
            return -1
        FS_GROUPING = GROUP_UNDERSCORE
        o += 1
    if o < n and load_u8(p + o) == 44 and FS_GROUPING == GROUP_UNDERSCORE:
        raise_new(EXC_VALUE_ERROR, "Cannot specify both ',' and '_'.")
        return -1
    if o < n and load_u8(p + o) == 46:
        o += 1
        SPEC_DIGITS = 0
        o = spec_integer(p, o, n)
        if o < 0:
            return -1
        if SPEC_DIGITS == 0:
            raise_new(EXC_VALUE_ERROR, "Format specifier missing precision")
            return -1
        FS_PRECISION = SPEC_VALUE
    if o < n:
        if o + utf8_width(load_u8(p + o)) < n:
            b: i32 = strbuf_new(64)
            if b == 0:
                return -1
            strbuf_put_str(b, "Invalid format specifier '")
            strbuf_put_str(b, spec)
            strbuf_put_str(b, "' for object of type '")
            strbuf_put_str(b, type_name(v))
            strbuf_put_byte(b, 39)
            raise_built(b, EXC_VALUE_ERROR)
            return -1
        FS_TYPE = utf8_decode_at(p + o)
    if FS_GROUPING != 0:
        t: i32 = FS_TYPE
        if (t == 100 or t == 101 or t == 102 or t == 103 or t == 69 or t == 71 or t == 37 or t == 70
                or t == 0):
            pass
        elif (t == 98 or t == 111 or t == 120 or t == 88) and FS_GROUPING == GROUP_UNDERSCORE:
            FS_GROUPING = GROUP_UNDERSCORE_FOUR
        else:
            raise_cannot_specify(44 if FS_GROUPING == GROUP_COMMA else 95, t)
            return -1
    return 0


def raise_unknown_code(t: i32, v: obj) -> obj:
    b: i32 = strbuf_new(64)
    if b == 0:
        return ERROR_VALUE
    strbuf_put_str(b, "Unknown format code '")
    put_presentation_type(b, t)
    strbuf_put_str(b, "' for object of type '")
    strbuf_put_str(b, type_name(v))
    strbuf_put_byte(b, 39)
    return raise_built(b, EXC_VALUE_ERROR)


# strs.

def format_str(s: obj) -> obj:
    if FS_SIGN != 0:
        if FS_SIGN == 32:
            return raise_new(EXC_VALUE_ERROR, "Space not allowed in string format specifier")
        return raise_new(EXC_VALUE_ERROR, "Sign not allowed in string format specifier")
    if FS_NO_NEG_0:
        return raise_new(EXC_VALUE_ERROR, "Negative zero coercion (z) not allowed in string format specifier")
    if FS_ALT:
        return raise_new(EXC_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier")
    if FS_ALIGN == 61:
        return raise_new(EXC_VALUE_ERROR, "'=' alignment not allowed in string format specifier")
    length: i64 = i64(str_length(s))
    if (FS_WIDTH == -1 or FS_WIDTH <= length) and (FS_PRECISION == -1 or FS_PRECISION >= length):
        return new_ref(s)
    if FS_PRECISION >= 0 and length >= FS_PRECISION:
        length = FS_PRECISION
    total: i64 = FS_WIDTH if FS_WIDTH > length else length
    if total > MAX_ALLOC:
        return raise_memory_error()
    left: i64 = 0
    if FS_ALIGN == 62:
        left = total - length
    elif FS_ALIGN == 94:
        left = (total - length) // 2
    right: i64 = total - length - left
    b: i32 = strbuf_new(str_size(s) + i32(total - length))
    if b == 0:
        return ERROR_VALUE
    strbuf_put_fill(b, FS_FILL, i32(left))
    strbuf_put_bytes(b, str_data(s), str_offset(s, i32(length)))
    strbuf_put_fill(b, FS_FILL, i32(right))
    return strbuf_finish(b)


def py_format(v: obj, spec: obj) -> obj:
    """format(v, spec): a new str."""
    if not is_str(spec):
        return raise_with_parts(EXC_TYPE_ERROR, "format() argument 2 must be str, not ", type_name(spec), "")
    empty: i32 = str_size(spec) == 0
    if is_str(v):
        if empty:
            return new_ref(v)
        if parse_format_spec(v, spec, 115, 60) != 0:
            return ERROR_VALUE
        if FS_TYPE != 115:
            return raise_unknown_code(FS_TYPE, v)
        return format_str(v)
    if is_int_like(v):
        if empty:
            return py_str(v)
        if parse_format_spec(v, spec, 100, 62) != 0:
            return ERROR_VALUE
        t: i32 = FS_TYPE
        if t == 98 or t == 99 or t == 100 or t == 111 or t == 120 or t == 88 or t == 110:
            return format_int(v)
        if t == 101 or t == 69 or t == 102 or t == 70 or t == 103 or t == 71 or t == 37:
            x: f64 = 0.0
            if is_small_int_like(v):
                x = f64(unbox_int(v))
            else:
                x = int_to_float(v)
                if EXC_CURRENT != 0:
                    return ERROR_VALUE
            return format_float(v, x)
        return raise_unknown_code(t, v)
    if is_float(v):
        if empty:
            return py_str(v)
        if parse_format_spec(v, spec, 0, 62) != 0:
            return ERROR_VALUE
        t2: i32 = FS_TYPE
        if (t2 == 0 or t2 == 101 or t2 == 69 or t2 == 102 or t2 == 70 or t2 == 103 or t2 == 71 or t2 == 110
                or t2 == 37):
            return format_float(v, unbox_float(v))
        return raise_unknown_code(t2, v)
    if type_of(v) == TYPE_INSTANCE:
        return instance_format(v, spec)
    if not empty:
        return raise_with_parts(EXC_TYPE_ERROR, "unsupported format string passed to ", type_name(v), ".__format__")
    return py_str(v)
