"""printf-style formatting, fmt % args: CPython's PyUnicode_Format (Objects/unicodeobject.c),
its argument rules and errors included. The format is parsed by bytes (its syntax is
ASCII); a non-ASCII conversion character is decoded for the error message.
"""

PF_LJUST = 1
PF_SIGN = 2
PF_BLANK = 4
PF_ALT = 8
PF_ZERO = 16

# The formatting in progress (saved and restored around str_percent).
PCT_ARGS: i64 = 0
PCT_ARGS_OWNED: i32 = 0
PCT_ARGLEN: i64 = 0
PCT_ARGIDX: i64 = 0
PCT_DICT: i64 = 0
# 1 while formatting bytes: the format and the result are latin-1 text, %s and %b take bytes.
PCT_BYTES: i32 = 0


def pct_next_arg() -> obj:
    """The next argument (borrowed), or ERROR (TypeError)."""
    i: i64 = PCT_ARGIDX
    if i < PCT_ARGLEN:
        PCT_ARGIDX = i + 1
        if PCT_ARGLEN < 0:
            return PCT_ARGS
        return tuple_item(PCT_ARGS, i32(i))
    return raise_new(EXC_TYPE_ERROR, "not enough arguments for format string")


def is_mapping_arg(v: obj) -> i32:
    """PyMapping_Check without tuples and strs: the types with a subscript."""
    t: i32 = type_of(v)
    return t == TYPE_DICT or t == TYPE_LIST or t == TYPE_BYTES or t == TYPE_RANGE


def str_percent(fmt: obj, args: obj) -> obj:
    """fmt % args for a str fmt."""
    return percent_mode(fmt, args, 0)


def bytes_percent(fmt: obj, args: obj) -> obj:
    """fmt % args for a bytes fmt: formatted as latin-1 text, where every byte is one code
    point, then encoded back."""
    text: obj = latin1_decode(bytes_data(fmt), bytes_length(fmt))
    if text == ERROR_VALUE:
        return ERROR_VALUE
    result: obj = percent_mode(text, args, 1)
    decref(text)
    if result == ERROR_VALUE:
        return ERROR_VALUE
    out: obj = bytes_from_latin1(result)
    decref(result)
    return out


def percent_mode(fmt: obj, args: obj, bytes_mode: i32) -> obj:
    saved_bytes: i32 = PCT_BYTES
    PCT_BYTES = bytes_mode
    saved_args: i64 = PCT_ARGS
    saved_owned: i32 = PCT_ARGS_OWNED
    saved_arglen: i64 = PCT_ARGLEN
    saved_argidx: i64 = PCT_ARGIDX
    saved_dict: i64 = PCT_DICT
    PCT_ARGS = args
    PCT_ARGS_OWNED = 0
    if type_of(args) == TYPE_TUPLE:
        PCT_ARGLEN = i64(tuple_length(args))
        PCT_ARGIDX = 0
    else:
        PCT_ARGLEN = -1
        PCT_ARGIDX = -2
    PCT_DICT = args if is_mapping_arg(args) else 0
    result: obj = percent_format(fmt)
    if PCT_ARGS_OWNED:
        decref(PCT_ARGS)
    PCT_ARGS = saved_args
    PCT_ARGS_OWNED = saved_owned
    PCT_ARGLEN = saved_arglen
    PCT_ARGIDX = saved_argidx
    PCT_DICT = saved_dict
    PCT_BYTES = saved_bytes
    return result


def percent_format(fmt: obj) -> obj:
    b: i32 = strbuf_new(str_size(fmt) + 16)
    if b == 0:
        return ERROR_VALUE
    p: i32 = str_data(fmt)
    end: i32 = str_size(fmt)
    pos: i32 = 0
    while pos < end:
        if load_u8(p + pos) != 37:
            start: i32 = pos
            while pos < end and load_u8(p + pos) != 37:
                pos += 1
            strbuf_put_bytes(b, p + start, pos - start)
            continue
        pos += 1
        if pos < end and load_u8(p + pos) == 37:
            strbuf_put_byte(b, 37)
            pos += 1
            continue
        pos = percent_arg(b, fmt, pos)
        if pos < 0:
            strbuf_discard(b)
            return ERROR_VALUE
        if PCT_DICT != 0 and PCT_ARGIDX < PCT_ARGLEN:
            strbuf_discard(b)
            return raise_not_all_converted()
    if PCT_ARGIDX < PCT_ARGLEN and PCT_DICT == 0:
        strbuf_discard(b)
        return raise_not_all_converted()
    return strbuf_finish(b)


def raise_not_all_converted() -> obj:
    if PCT_BYTES:
        return raise_new(EXC_TYPE_ERROR, "not all arguments converted during bytes formatting")
    return raise_new(EXC_TYPE_ERROR, "not all arguments converted during string formatting")


def star_arg() -> i64:
    """The int a '*' takes from the arguments; after raising, EXC_CURRENT is set."""
    v: obj = pct_next_arg()
    if v == ERROR_VALUE:
        return 0
    if not is_int_like(v):
        raise_new(EXC_TYPE_ERROR, "* wants int")
        return 0
    if not is_small_int_like(v):
        raise_new(EXC_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")
        return 0
    return unbox_int(v)


def percent_arg(b: i32, fmt: obj, pos: i32) -> i32:
    """Format the conversion after a '%' at byte pos; the offset after it, or -1 after
    raising."""
    p: i32 = str_data(fmt)
    end: i32 = str_size(fmt)
    ch: i32 = load_u8(p + pos) if pos < end else 0
    flags: i32 = 0
    width: i64 = -1
    prec: i64 = -1
    exhausted: i32 = 0
    if ch == 40:
        if PCT_DICT == 0:
            raise_new(EXC_TYPE_ERROR, "format requires a mapping")
            return -1
        pos += 1
        key_start: i32 = pos
        depth: i32 = 1
        while depth > 0:
            if pos >= end:
                exhausted = 1
                break
            ch = load_u8(p + pos)
            if ch == 41:
                depth -= 1
            elif ch == 40:
                depth += 1
            pos += 1
        if exhausted or depth > 0:
            raise_new(EXC_VALUE_ERROR, "incomplete format key")
            return -1
        key: obj = str_substring(fmt, key_start, pos - 1)
        if key == ERROR_VALUE:
            return -1
        if PCT_BYTES:
            key_text: obj = key
            key = bytes_from_latin1(key_text)
            decref(key_text)
            if key == ERROR_VALUE:
                return -1
        value: obj = py_getitem(PCT_DICT, key)
        decref(key)
        if value == ERROR_VALUE:
            return -1
        if PCT_ARGS_OWNED:
            decref(PCT_ARGS)
        PCT_ARGS = value
        PCT_ARGS_OWNED = 1
        PCT_ARGLEN = -1
        PCT_ARGIDX = -2
    # Flags.
    while True:
        if pos >= end:
            exhausted = 1
            break
        ch = load_u8(p + pos)
        pos += 1
        if ch == 45:
            flags = flags | PF_LJUST
        elif ch == 43:
            flags = flags | PF_SIGN
        elif ch == 32:
            flags = flags | PF_BLANK
        elif ch == 35:
            flags = flags | PF_ALT
        elif ch == 48:
            flags = flags | PF_ZERO
        else:
            break
    # Width.
    if ch == 42:
        width = star_arg()
        if EXC_CURRENT != 0:
            return -1
        if width < 0:
            flags = flags | PF_LJUST
            width = 0 - width
        if pos < end:
            ch = load_u8(p + pos)
            pos += 1
        else:
            exhausted = 1
    elif ch >= 48 and ch <= 57:
        width = i64(ch - 48)
        while True:
            if pos >= end:
                exhausted = 1
                break
            ch = load_u8(p + pos)
            pos += 1
            if ch < 48 or ch > 57:
                break
            if width > (SSIZE_MAX - i64(ch - 48)) // 10:
                raise_new(EXC_VALUE_ERROR, "width too big")
                return -1
            width = width * 10 + i64(ch - 48)
    # Precision.
    if ch == 46:
        prec = 0
        if pos < end:
            ch = load_u8(p + pos)
            pos += 1
        else:
            exhausted = 1
        if ch == 42:
            prec = star_arg()
            if EXC_CURRENT != 0:
                return -1
            if prec > 2147483647 or prec < -2147483648:
                raise_new(EXC_OVERFLOW_ERROR, "Python int too large to convert to C int")
                return -1
            if prec < 0:
                prec = 0
            if pos < end:
                ch = load_u8(p + pos)
                pos += 1
            else:
                exhausted = 1
        elif ch >= 48 and ch <= 57:
            prec = i64(ch - 48)
            while True:
                if pos >= end:
                    exhausted = 1
                    break
                ch = load_u8(p + pos)
                pos += 1
                if ch < 48 or ch > 57:
                    break
                if prec > (2147483647 - i64(ch - 48)) // 10:
                    raise_new(EXC_VALUE_ERROR, "precision too big")
                    return -1
                prec = prec * 10 + i64(ch - 48)
    if not exhausted and (ch == 104 or ch == 108 or ch == 76):
        if pos < end:
            ch = load_u8(p + pos)
            pos += 1
        else:
            exhausted = 1
    if exhausted:
        raise_new(EXC_VALUE_ERROR, "incomplete format")
        return -1
    if ch >= 128:
        ch = utf8_decode_at(p + pos - 1)
        pos += utf8_width(load_u8(p + pos - 1)) - 1
    v: obj = pct_next_arg()
    if v == ERROR_VALUE:
        return -1
    text: obj = 0
    sign: i32 = 0
    if PCT_BYTES and (ch == 115 or ch == 98):
        if not is_bytes(v):
            raise_with_parts(EXC_TYPE_ERROR,
                             "%b requires a bytes-like object, or an object that implements __bytes__, not '",
                             type_name(v), "'")
            return -1
        text = latin1_decode(bytes_data(v), bytes_length(v))
    elif PCT_BYTES and ch == 114:
        text = py_ascii(v)
    elif ch == 115 or ch == 114 or ch == 97:
        if ch == 115:
            text = py_str(v)
        elif ch == 114:
            text = py_repr(v)
        else:
            text = py_ascii(v)
    elif ch == 105 or ch == 100 or ch == 117 or ch == 111 or ch == 120 or ch == 88:
        text = percent_int(v, ch, flags, prec)
        sign = 1
    elif ch == 101 or ch == 69 or ch == 102 or ch == 70 or ch == 103 or ch == 71:
        x: f64 = 0.0
        if is_float(v):
            x = unbox_float(v)
        elif is_small_int_like(v):
            x = f64(unbox_int(v))
        elif is_int_like(v):
            x = int_to_float(v)
            if EXC_CURRENT != 0:
                return -1
        else:
            raise_with_parts(EXC_TYPE_ERROR, "must be real number, not ", type_name(v), "")
            return -1
        text = float_to_text(x, ch, i32(prec) if prec >= 0 else 6, FF_ALT if flags & PF_ALT else 0)
        sign = 1
    elif ch == 99:
        c: i32 = percent_char(v)
        if c < 0:
            return -1
        text = str_char(c)
    else:
        raise_unsupported_character(fmt, ch, pos)
        return -1
    if text == ERROR_VALUE:
        return -1
    percent_output(b, text, ch, flags, width, prec, sign)
    decref(text)
    return pos


def raise_unsupported_character(fmt: obj, ch: i32, pos: i32) -> None:
    """ValueError: unsupported format character 'y' (0x79) at index 1"""
    m: i32 = strbuf_new(64)
    if m == 0:
        return
    strbuf_put_str(m, "unsupported format character '")
    strbuf_put_byte(m, ch if ch >= 31 and ch <= 126 else 63)
    strbuf_put_str(m, "' (0x")
    digits: i32 = 1
    x: i32 = ch >> 4
    while x != 0:
        digits += 1
        x = x >> 4
    q: i32 = strbuf_reserve(m, digits)
    if q != 0:
        write_hex(q, ch, digits)
        strbuf_advance(m, digits)
    strbuf_put_str(m, ") at index ")
    # The index of the conversion character, in code points.
    at: i32 = pos - utf8_size_of(ch)
    strbuf_put_ascii_digits(m, i64(utf8_count(str_data(fmt), at)))
    raise_built(m, EXC_VALUE_ERROR)


def percent_char(v: obj) -> i32:
    """The code point %c formats, or -1 after raising."""
    if PCT_BYTES:
        return percent_byte(v)
    if is_str(v):
        if str_length(v) == 1:
            return utf8_decode_at(str_data(v))
        raise_new(EXC_TYPE_ERROR, "%c requires int or char")
        return -1
    if not is_int_like(v):
        raise_new(EXC_TYPE_ERROR, "%c requires int or char")
        return -1
    if not is_small_int_like(v) or unbox_int(v) < 0 or unbox_int(v) > 0x10FFFF:
        raise_new(EXC_OVERFLOW_ERROR, "%c arg not in range(0x110000)")
        return -1
    return i32(unbox_int(v))


def percent_int(v: obj, ch: i32, flags: i32, prec: i64) -> obj:
    """The text of %d/%i/%u/%o/%x/%X: sign, '0x' or '0o' with '#', the digits zero-padded
    to the precision (CPython's _PyUnicode_FormatLong)."""
    number: obj = 0
    if is_int_like(v):
        number = new_ref(v)
    elif is_float(v):
        if ch == 111 or ch == 120 or ch == 88:
            head: obj = str_concat("%", ascii_char(ch))
            if head != ERROR_VALUE:
                raise_with_parts(EXC_TYPE_ERROR, head, " format: an integer is required, not ", type_name(v))
                decref(head)
            return ERROR_VALUE
        form: i64 = py_int(v)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        number = int_box(form)
    else:
        head2: obj = str_concat("%", ascii_char(ch) if ch < 128 else "?")
        if head2 == ERROR_VALUE:
            return head2
        if ch == 111 or ch == 120 or ch == 88:
            raise_with_parts(EXC_TYPE_ERROR, head2, " format: an integer is required, not ", type_name(v))
        else:
            raise_with_parts(EXC_TYPE_ERROR, head2, " format: a real number is required, not ", type_name(v))
        decref(head2)
        return ERROR_VALUE
    base: i32 = 10
    if ch == 111:
        base = 8
    elif ch == 120 or ch == 88:
        base = 16
    # The digits of |number|.
    digits: i32 = 0
    n_digits: i32 = 0
    negative: i32 = 0
    text: obj = 0
    if is_small_int_like(number):
        x: i64 = unbox_int(number)
        negative = x < 0
        n_digits = small_int_digits(x, base, ch == 88)
        digits = FORMAT_DIGITS + 80 - n_digits
    else:
        text = int_to_decimal(number) if base == 10 else int_to_base(number, base)
        if text == ERROR_VALUE:
            decref(number)
            return text
        digits = str_data(text)
        n_digits = str_size(text)
        if load_u8(digits) == 45:
            negative = 1
            digits += 1
            n_digits -= 1
        if base != 10:
            digits += 2
            n_digits -= 2
    decref(number)
    b: i32 = strbuf_new(n_digits + 8)
    if b == 0:
        if text != 0:
            decref(text)
        return ERROR_VALUE
    if negative:
        strbuf_put_byte(b, 45)
    if (flags & PF_ALT) and base != 10:
        strbuf_put_byte(b, 48)
        strbuf_put_byte(b, ch)
    if prec > i64(n_digits):
        if prec > MAX_ALLOC:
            strbuf_discard(b)
            if text != 0:
                decref(text)
            return raise_memory_error()
        strbuf_put_fill(b, 48, i32(prec) - n_digits)
    at: i32 = strbuf_used(b)
    strbuf_put_bytes(b, digits, n_digits)
    if ch == 88:
        q: i32 = strbuf_data(b)
        for i in range(at, strbuf_used(b)):
            if load_u8(q + i) >= 97:
                store_u8(q + i, load_u8(q + i) - 32)
    if text != 0:
        decref(text)
    return strbuf_finish(b)


def percent_output(b: i32, text: obj, ch: i32, flags: i32, width: i64, prec: i64, sign: i32) -> None:
    """Append a converted argument with its width, precision and sign (CPython's
    unicode_format_arg_output)."""
    fill: i32 = 48 if sign and (flags & PF_ZERO) else 32
    length: i64 = i64(str_length(text))
    if ((width == -1 or width <= length) and (prec == -1 or prec >= length)
            and not (flags & (PF_SIGN | PF_BLANK))):
        strbuf_put_str(b, text)
        return
    if (ch == 115 or ch == 114 or ch == 97) and prec >= 0 and length >= prec:
        length = prec
    index: i32 = 0
    sign_char: i32 = 0
    if sign:
        first: i32 = load_u8(str_data(text))
        if first == 45 or first == 43:
            sign_char = first
            length -= 1
            index = 1
        elif flags & PF_SIGN:
            sign_char = 43
        elif flags & PF_BLANK:
            sign_char = 32
        else:
            sign = 0
    if width < length:
        width = length
    if width > MAX_ALLOC:
        store_i32(b, 1, SB_FAILED)
        return
    prefix: i32 = (flags & PF_ALT) != 0 and (ch == 120 or ch == 88 or ch == 111)
    if sign:
        if fill != 32:
            strbuf_put_byte(b, sign_char)
        if width > length:
            width -= 1
    if prefix:
        if fill != 32:
            strbuf_put_byte(b, 48)
            strbuf_put_byte(b, ch)
            index += 2
        width -= 2
        if width < 0:
            width = 0
        length -= 2
    if width > length and not (flags & PF_LJUST):
        strbuf_put_fill(b, fill, i32(width - length))
        width = length
    if fill == 32:
        if sign:
            strbuf_put_byte(b, sign_char)
        if prefix:
            strbuf_put_byte(b, 48)
            strbuf_put_byte(b, ch)
            index += 2
    if length > 0:
        start: i32 = str_offset(text, index)
        strbuf_put_bytes(b, str_data(text) + start, str_offset(text, index + i32(length)) - start)
    if width > length:
        strbuf_put_fill(b, 32, i32(width - length))


def percent_byte(v: obj) -> i32:
    """The byte %c formats in bytes, or -1 after raising."""
    if is_bytes(v) and bytes_length(v) == 1:
        return load_u8(bytes_data(v))
    if not is_int_like(v):
        raise_new(EXC_TYPE_ERROR, "%c requires an integer in range(256) or a single byte")
        return -1
    if not is_small_int_like(v) or unbox_int(v) < 0 or unbox_int(v) > 255:
        raise_new(EXC_OVERFLOW_ERROR, "%c arg not in range(256)")
        return -1
    return i32(unbox_int(v))
