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
    if type_of(v) == TYPE_INT:
        return int_to_decimal(v)
    if type_of(v) == TYPE_EXCEPTION:
        return exc_str_of_class(v)
    if type_of(v) == TYPE_INSTANCE:
        return instance_str(v)
    return py_repr(v)


def py_index(v: obj) -> i64:
    """The INT form of an int or bool (a new reference when big); TypeError for anything
    else."""
    if is_small_int_like(v):
        return unbox_int(v)
    if is_int_like(v):
        incref(v)
        return int_unbox(v)
    own: obj = instance_number(v, "__index__", 0)
    if own != MISSING_VALUE:
        return int_unbox(own) if own != ERROR_VALUE else 0
    raise_with_parts(EXC_TYPE_ERROR, "'", type_name(v), "' object cannot be interpreted as an integer")
    return 0


def py_int(v: obj) -> i64:
    """int(v) as an INT form (a new reference when big)."""
    if is_small_int_like(v):
        return unbox_int(v)
    if is_int_like(v):
        incref(v)
        return int_unbox(v)
    if is_float(v):
        return int_of_float(unbox_float(v))
    if is_str(v):
        return parse_int(v)
    if type_of(v) == TYPE_INSTANCE:
        own: obj = instance_number(v, "__int__", 0)
        if own == MISSING_VALUE:
            own = instance_number(v, "__index__", 0)
        if own != MISSING_VALUE:
            return int_unbox(own) if own != ERROR_VALUE else 0
    raise_with_parts(EXC_TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '",
                     type_name(v), "'")
    return 0


def int_of_float(f: f64) -> i64:
    """int(f) as an INT form, exact (a big int beyond the small range)."""
    if f != f:
        raise_new(EXC_VALUE_ERROR, "cannot convert float NaN to integer")
        return 0
    if fabs(f) == f64_of_bits(0x7FF0000000000000):
        raise_new(EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer")
        return 0
    t: f64 = trunc(f)
    if fabs(t) < 140737488355328.0:
        return i64(t)
    v: obj = int_from_float(t)
    if v == ERROR_VALUE:
        return 0
    return int_unbox(v)


def py_float(v: obj) -> f64:
    if is_float(v):
        return unbox_float(v)
    if is_int_like(v):
        return int_to_float(v)
    if is_str(v):
        return parse_float(v)
    if type_of(v) == TYPE_INSTANCE:
        own: obj = instance_number(v, "__float__", 1)
        if own != MISSING_VALUE:
            return unbox_float(own) if own != ERROR_VALUE else 0.0
        index: obj = instance_number(v, "__index__", 0)
        if index != MISSING_VALUE:
            if index == ERROR_VALUE:
                return 0.0
            f: f64 = int_to_float(index)
            decref(index)
            return f
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
    """int(s) as an INT form: CPython's rules and messages (int_parse in bigint_text.py)."""
    v: obj = int_parse(s, 10)
    if v == ERROR_VALUE:
        return 0
    return int_unbox(v)


def parse_ascii_int(p: i32, end: i32) -> i64:
    """The INT form of the ASCII decimal int literal from p to end (white space around,
    a sign, single underscores between digits), or ERROR_VALUE when it is not one; 0
    after raising (MemoryError, or ValueError past 4300 digits)."""
    return big_parse_ascii(p, end, 10, 1)


HEX_DIGITS = data_u8(b"0123456789abcdef")
