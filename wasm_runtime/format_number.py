"""Numbers laid out for format(): CPython's calc_number_widths and fill_number (sign,
prefix, padding, grouped digits, decimal point, remainder), for ints and floats."""

def group_digits(q_end: i32, digits_end: i32, n_digits: i32, min_width: i32, write: i32) -> i32:
    """CPython's _PyUnicode_InsertThousandsGrouping: the length of the digits grouped per
    FS_GROUPING and zero-padded to min_width; written backwards from q_end when write."""
    group: i32 = 0
    sep: i32 = 44
    if FS_GROUPING == GROUP_COMMA:
        group = 3
    elif FS_GROUPING == GROUP_UNDERSCORE:
        group = 3
        sep = 95
    elif FS_GROUPING == GROUP_UNDERSCORE_FOUR:
        group = 4
        sep = 95
    if min_width < 0:
        min_width = 0
    count: i32 = 0
    use_sep: i32 = 0
    remaining: i32 = n_digits
    q: i32 = q_end
    d: i32 = digits_end
    broke: i32 = 0
    length: i32 = 0
    zeros: i32 = 0
    chars: i32 = 0
    while group > 0:
        length = remaining
        if min_width > length:
            length = min_width
        if length < 1:
            length = 1
        if group < length:
            length = group
        zeros = length - remaining if length > remaining else 0
        chars = remaining if remaining < length else length
        if chars < 0:
            chars = 0
        count += use_sep + zeros + chars
        if write:
            if use_sep:
                q -= 1
                store_u8(q, sep)
            q -= chars
            d -= chars
            memory_copy(q, d, chars)
            q -= zeros
            memory_fill(q, 48, zeros)
        use_sep = 1
        remaining -= chars
        min_width -= length
        if remaining <= 0 and min_width <= 0:
            broke = 1
            break
        min_width -= 1
    if not broke:
        length = remaining
        if min_width > length:
            length = min_width
        if length < 1:
            length = 1
        zeros = length - remaining if length > remaining else 0
        chars = remaining if remaining < length else length
        if chars < 0:
            chars = 0
        count += use_sep + zeros + chars
        if write:
            if use_sep:
                q -= 1
                store_u8(q, sep)
            q -= chars
            d -= chars
            memory_copy(q, d, chars)
            q -= zeros
            memory_fill(q, 48, zeros)
    return count


def fill_number(sign_char: i32, prefix: obj, digits: i32, n_digits: i32, has_decimal: i32,
                remainder: i32, n_remainder: i32, remainder_text: obj) -> obj:
    """The number laid out per FS_* (calc_number_widths and fill_number): `digits` are the
    n_digits ASCII digits at that address, then a '.' when has_decimal, then n_remainder
    ASCII bytes at `remainder` (or, when remainder_text is not 0, that str)."""
    n_sign: i32 = 0
    sign: i32 = 0
    if FS_SIGN == 43:
        n_sign = 1
        sign = 45 if sign_char == 45 else 43
    elif FS_SIGN == 32:
        n_sign = 1
        sign = 45 if sign_char == 45 else 32
    elif sign_char == 45:
        n_sign = 1
        sign = 45
    n_prefix: i32 = str_size(prefix)
    if remainder_text != 0:
        n_remainder = str_length(remainder_text)
    fixed: i64 = i64(n_sign + n_prefix + has_decimal + n_remainder)
    min_width: i64 = 0
    if FS_FILL == 48 and FS_ALIGN == 61:
        min_width = FS_WIDTH - fixed
    if min_width > MAX_ALLOC:
        return raise_memory_error()
    grouped: i32 = 0
    if n_digits > 0:
        grouped = group_digits(0, 0, n_digits, i32(min_width), 0)
    padding: i64 = FS_WIDTH - (fixed + i64(grouped))
    lpad: i64 = 0
    spad: i64 = 0
    rpad: i64 = 0
    if padding > 0:
        if padding > MAX_ALLOC:
            return raise_memory_error()
        if FS_ALIGN == 60:
            rpad = padding
        elif FS_ALIGN == 94:
            lpad = padding // 2
            rpad = padding - lpad
        elif FS_ALIGN == 61:
            spad = padding
        else:
            lpad = padding
    b: i32 = strbuf_new(i32(fixed) + grouped + 8)
    if b == 0:
        return ERROR_VALUE
    strbuf_put_fill(b, FS_FILL, i32(lpad))
    if n_sign:
        strbuf_put_byte(b, sign)
    strbuf_put_str(b, prefix)
    strbuf_put_fill(b, FS_FILL, i32(spad))
    if n_digits > 0:
        q: i32 = strbuf_reserve(b, grouped)
        if q != 0:
            group_digits(q + grouped, digits + n_digits, n_digits, i32(min_width), 1)
            strbuf_advance(b, grouped)
    if has_decimal:
        strbuf_put_byte(b, 46)
    if remainder_text != 0:
        strbuf_put_str(b, remainder_text)
    else:
        strbuf_put_bytes(b, remainder, n_remainder)
    strbuf_put_fill(b, FS_FILL, i32(rpad))
    return strbuf_finish(b)


# Ints.

def small_int_digits(x: i64, base: i32, upper: i32) -> i32:
    """The digits of |x| in base, at the end of FORMAT_DIGITS; their count."""
    end: i32 = FORMAT_DIGITS + 80
    q: i32 = end
    # Work with -|x| so that the most negative value needs no special case.
    n: i64 = x if x < 0 else 0 - x
    while True:
        q -= 1
        digit: i32 = i32(0 - n % i64(base))
        c: i32 = 48 + digit if digit < 10 else (55 if upper else 87) + digit
        store_u8(q, c)
        n = n // i64(base)
        if n == 0:
            break
    return end - q


def format_int(v: obj) -> obj:
    """An int-like v formatted per FS_* (an int presentation type)."""
    if FS_PRECISION != -1:
        return raise_new(EXC_VALUE_ERROR, "Precision not allowed in integer format specifier")
    if FS_NO_NEG_0:
        return raise_new(EXC_VALUE_ERROR, "Negative zero coercion (z) not allowed in integer format specifier")
    t: i32 = FS_TYPE
    if t == 99:
        if FS_SIGN != 0:
            return raise_new(EXC_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'")
        if FS_ALT:
            return raise_new(EXC_VALUE_ERROR, "Alternate form (#) not allowed with integer format specifier 'c'")
        if not is_small_int_like(v):
            fits: i32 = big_fits_long(v)
            if fits < 0:
                return ERROR_VALUE
            if not fits:
                return raise_new(EXC_OVERFLOW_ERROR, "Python int too large to convert to C long")
            return raise_new(EXC_OVERFLOW_ERROR, "%c arg not in range(0x110000)")
        if unbox_int(v) < 0 or unbox_int(v) > 0x10FFFF:
            return raise_new(EXC_OVERFLOW_ERROR, "%c arg not in range(0x110000)")
        ch: obj = str_char(i32(unbox_int(v)))
        if ch == ERROR_VALUE:
            return ch
        result: obj = fill_number(0, "", 0, 0, 0, 0, 0, ch)
        decref(ch)
        return result
    base: i32 = 10
    prefix: obj = ""
    if t == 98:
        base = 2
        prefix = "0b"
    elif t == 111:
        base = 8
        prefix = "0o"
    elif t == 120:
        base = 16
        prefix = "0x"
    elif t == 88:
        base = 16
        prefix = "0X"
    if not FS_ALT:
        prefix = ""
    if is_small_int_like(v):
        x: i64 = unbox_int(v)
        n: i32 = small_int_digits(x, base, t == 88)
        return fill_number(45 if x < 0 else 0, prefix, FORMAT_DIGITS + 80 - n, n, 0, 0, 0, 0)
    # A big int: its text from bigint.py, without the sign and the base prefix.
    text: obj = int_to_decimal(v) if base == 10 else int_to_base(v, base)
    if text == ERROR_VALUE:
        return text
    p: i32 = str_data(text)
    size: i32 = str_size(text)
    sign_char: i32 = 0
    if load_u8(p) == 45:
        sign_char = 45
        p += 1
        size -= 1
    if base != 10:
        p += 2
        size -= 2
    if t == 88:
        for i in range(0, size):
            c: i32 = load_u8(p + i)
            if c >= 97:
                store_u8(p + i, c - 32)
    formatted: obj = fill_number(sign_char, prefix, p, size, 0, 0, 0, 0)
    decref(text)
    return formatted


def big_fits_long(v: obj) -> i32:
    """Whether a big int lies in C's long (64 bits): 1 or 0, or -1 after raising."""
    text: obj = int_to_decimal(v)
    if text == ERROR_VALUE:
        return -1
    p: i32 = str_data(text)
    n: i32 = str_size(text)
    limit: obj = "9223372036854775807"
    if load_u8(p) == 45:
        p += 1
        n -= 1
        limit = "9223372036854775808"
    fits: i32 = n < 19 or (n == 19 and memory_compare(p, str_data(limit), 19) <= 0)
    decref(text)
    return fits


def memory_compare(x: i32, y: i32, n: i32) -> i32:
    for i in range(0, n):
        a: i32 = load_u8(x + i)
        b: i32 = load_u8(y + i)
        if a != b:
            return -1 if a < b else 1
    return 0


# Floats.

def format_float(v: obj, x: f64) -> obj:
    """The float x formatted per FS_* (v is the original value, for errors)."""
    if FS_PRECISION > 2147483647:
        return raise_new(EXC_VALUE_ERROR, "precision too big")
    precision: i32 = i32(FS_PRECISION)
    t: i32 = FS_TYPE
    flags: i32 = 0
    if FS_ALT:
        flags = flags | FF_ALT
    if FS_NO_NEG_0:
        flags = flags | FF_NO_NEG_0
    default_precision: i32 = 6
    if t == 0:
        flags = flags | FF_ADD_DOT_0
        t = 114
        default_precision = 0
    if t == 110:
        t = 103
    add_percent: i32 = 0
    if t == 37:
        t = 102
        x = x * 100.0
        add_percent = 1
    if precision < 0:
        precision = default_precision
    elif t == 114:
        t = 103
    b: i32 = strbuf_new(32)
    if b == 0:
        return ERROR_VALUE
    put_float_text(b, x, t, precision, flags)
    if add_percent:
        strbuf_put_byte(b, 37)
    text: obj = strbuf_finish(b)
    if text == ERROR_VALUE:
        return text
    if FS_SIGN != 43 and FS_SIGN != 32 and FS_WIDTH == -1 and FS_GROUPING == 0:
        return text
    result: obj = fill_float_text(text)
    decref(text)
    return result


def fill_float_text(text: obj) -> obj:
    """Lay out the ASCII text of a float (sign, digits, then '.' and the rest) per FS_*."""
    p: i32 = str_data(text)
    n: i32 = str_size(text)
    sign_char: i32 = 0
    if load_u8(p) == 45:
        sign_char = 45
        p += 1
        n -= 1
    digits: i32 = 0
    while digits < n and load_u8(p + digits) >= 48 and load_u8(p + digits) <= 57:
        digits += 1
    rest: i32 = digits
    has_decimal: i32 = rest < n and load_u8(p + rest) == 46
    if has_decimal:
        rest += 1
    return fill_number(sign_char, "", p, digits, has_decimal, p + rest, n - rest, 0)
