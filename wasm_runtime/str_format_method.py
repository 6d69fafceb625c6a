"""str.format(*args, **kwargs): CPython's Objects/stringlib/unicode_format.h, its errors
included. The format string is parsed by bytes (every markup character is ASCII).
"""

AUTO_INIT = 0
AUTO_AUTO = 1
AUTO_MANUAL = 2

# The field numbering of the str.format call in progress (saved and restored around it).
FM_AUTO_STATE: i32 = 0
FM_AUTO_NUMBER: i64 = 0

# parse_field's results: byte offsets into the format string.
FM_NAME_START: i32 = 0
FM_NAME_END: i32 = 0
FM_SPEC_START: i32 = 0
FM_SPEC_END: i32 = 0
FM_CONVERSION: i32 = 0
FM_EXPAND: i32 = 0


def str_format_method(fmt: obj, args: obj, kwargs: obj) -> obj:
    """fmt.format(*args, **kwargs): args a tuple, kwargs a dict or None."""
    saved_state: i32 = FM_AUTO_STATE
    saved_number: i64 = FM_AUTO_NUMBER
    FM_AUTO_STATE = AUTO_INIT
    FM_AUTO_NUMBER = 0
    result: obj = format_build(fmt, 0, str_size(fmt), args, kwargs, 2)
    FM_AUTO_STATE = saved_state
    FM_AUTO_NUMBER = saved_number
    return result


def format_build(fmt: obj, start: i32, end: i32, args: obj, kwargs: obj, depth: i32) -> obj:
    """The str of the format text fmt[start:end] (bytes), with its fields replaced."""
    if depth <= 0:
        return raise_new(EXC_VALUE_ERROR, "Max string recursion exceeded")
    b: i32 = strbuf_new(end - start + 16)
    if b == 0:
        return ERROR_VALUE
    p: i32 = str_data(fmt)
    pos: i32 = start
    while pos < end:
        literal: i32 = pos
        c: i32 = 0
        markup: i32 = 0
        while pos < end:
            c = load_u8(p + pos)
            pos += 1
            if c == 123 or c == 125:
                markup = 1
                break
        at_end: i32 = pos >= end
        length: i32 = pos - literal
        if c == 125 and (at_end or load_u8(p + pos) != 125):
            strbuf_discard(b)
            return raise_new(EXC_VALUE_ERROR, "Single '}' encountered in format string")
        if at_end and c == 123:
            strbuf_discard(b)
            return raise_new(EXC_VALUE_ERROR, "Single '{' encountered in format string")
        if not at_end:
            if load_u8(p + pos) == c:
                pos += 1
                markup = 0
            else:
                length -= 1
        strbuf_put_bytes(b, p + literal, length)
        if not markup:
            continue
        pos = parse_field(fmt, pos, end)
        if pos < 0:
            strbuf_discard(b)
            return ERROR_VALUE
        if output_field(b, fmt, args, kwargs, depth) != 0:
            strbuf_discard(b)
            return ERROR_VALUE
    return strbuf_finish(b)


def parse_field(fmt: obj, pos: i32, end: i32) -> i32:
    """Parse a replacement field after its '{' (FM_*); the offset after its '}', or -1
    after raising."""
    p: i32 = str_data(fmt)
    FM_CONVERSION = 0
    FM_EXPAND = 0
    FM_SPEC_START = 0
    FM_SPEC_END = 0
    FM_NAME_START = pos
    c: i32 = 0
    while pos < end:
        c = load_u8(p + pos)
        pos += 1
        if c == 123:
            raise_new(EXC_VALUE_ERROR, "unexpected '{' in field name")
            return -1
        if c == 91:
            while pos < end and load_u8(p + pos) != 93:
                pos += 1
            continue
        if c == 125 or c == 58 or c == 33:
            break
    FM_NAME_END = pos - 1
    if c == 33 or c == 58:
        if c == 33:
            if pos >= end:
                raise_new(EXC_VALUE_ERROR, "end of string while looking for conversion specifier")
                return -1
            FM_CONVERSION = utf8_decode_at(p + pos)
            pos += utf8_width(load_u8(p + pos))
            if pos < end:
                c = load_u8(p + pos)
                pos += 1
                if c == 125:
                    return pos
                if c != 58:
                    raise_new(EXC_VALUE_ERROR, "expected ':' after conversion specifier")
                    return -1
        FM_SPEC_START = pos
        count: i32 = 1
        while pos < end:
            c = load_u8(p + pos)
            pos += 1
            if c == 123:
                FM_EXPAND = 1
                count += 1
            elif c == 125:
                count -= 1
                if count == 0:
                    FM_SPEC_END = pos - 1
                    return pos
        raise_new(EXC_VALUE_ERROR, "unmatched '{' in format spec")
        return -1
    if c != 125:
        raise_new(EXC_VALUE_ERROR, "expected '}' before end of string")
        return -1
    return pos


def field_integer(p: i32, start: i32, end: i32) -> i64:
    """The value of a field name part made of decimal digits; -1 when it is empty or has
    another character; -2 after raising (too many digits)."""
    if start >= end:
        return -1
    value: i64 = 0
    o: i32 = start
    while o < end:
        d: i32 = 0
        c: i32 = load_u8(p + o)
        if c < 128:
            d = c - 48 if c >= 48 and c <= 57 else -1
            o += 1
        else:
            d = decimal_value(utf8_decode_at(p + o))
            o += utf8_width(c)
        if d < 0:
            return -1
        if value > (SSIZE_MAX - i64(d)) // 10:
            raise_new(EXC_VALUE_ERROR, "Too many decimal digits in format string")
            return -2
        value = value * 10 + i64(d)
    return value


def output_field(b: i32, fmt: obj, args: obj, kwargs: obj, depth: i32) -> i32:
    """Append the field FM_* describes; 0, or -1 after raising."""
    spec_start: i32 = FM_SPEC_START
    spec_end: i32 = FM_SPEC_END
    conversion: i32 = FM_CONVERSION
    expand: i32 = FM_EXPAND
    value: obj = field_value(fmt, FM_NAME_START, FM_NAME_END, args, kwargs)
    if value == ERROR_VALUE:
        return -1
    if conversion != 0:
        converted: obj = ERROR_VALUE
        if conversion == 114:
            converted = py_repr(value)
        elif conversion == 115:
            converted = py_str(value)
        elif conversion == 97:
            converted = py_ascii(value)
        else:
            cb: i32 = strbuf_new(40)
            if cb != 0:
                strbuf_put_str(cb, "Unknown conversion specifier ")
                put_presentation_type(cb, conversion)
                raise_built(cb, EXC_VALUE_ERROR)
        decref(value)
        if converted == ERROR_VALUE:
            return -1
        value = converted
    spec: obj = 0
    if expand:
        spec = format_build(fmt, spec_start, spec_end, args, kwargs, depth - 1)
    else:
        spec = str_substring(fmt, spec_start, spec_end)
    if spec == ERROR_VALUE:
        decref(value)
        return -1
    text: obj = py_format(value, spec)
    decref(spec)
    decref(value)
    if text == ERROR_VALUE:
        return -1
    strbuf_put_str(b, text)
    decref(text)
    return 0


def field_value(fmt: obj, start: i32, end: i32, args: obj, kwargs: obj) -> obj:
    """The object a field name selects (a new reference)."""
    p: i32 = str_data(fmt)
    i: i32 = start
    while i < end and load_u8(p + i) != 91 and load_u8(p + i) != 46:
        i += 1
    index: i64 = field_integer(p, start, i)
    if index == -2:
        return ERROR_VALUE
    empty: i32 = start == i
    numeric: i32 = empty or index != -1
    if FM_AUTO_STATE == AUTO_INIT and numeric:
        FM_AUTO_STATE = AUTO_AUTO if empty else AUTO_MANUAL
    if numeric:
        if FM_AUTO_STATE == AUTO_MANUAL:
            if empty:
                return raise_new(EXC_VALUE_ERROR,
                                 "cannot switch from manual field specification to automatic field numbering")
        elif not empty:
            return raise_new(EXC_VALUE_ERROR,
                             "cannot switch from automatic field numbering to manual field specification")
    if empty:
        index = FM_AUTO_NUMBER
        FM_AUTO_NUMBER += 1
    value: obj = 0
    if index == -1:
        key: obj = str_substring(fmt, start, i)
        if key == ERROR_VALUE:
            return key
        if kwargs == NONE_VALUE or kwargs == MISSING_VALUE or kwargs == 0:
            raise_key_error(key)
            decref(key)
            return ERROR_VALUE
        value = py_getitem(kwargs, key)
        decref(key)
        if value == ERROR_VALUE:
            return value
    else:
        if index >= i64(tuple_length(args)):
            number: obj = int_to_str(index)
            if number == ERROR_VALUE:
                return number
            raise_with_parts(EXC_INDEX_ERROR, "Replacement index ", number, " out of range for positional args tuple")
            decref(number)
            return ERROR_VALUE
        value = new_ref(tuple_item(args, i32(index)))
    # The rest: .attribute and [index] parts.
    while i < end:
        c: i32 = load_u8(p + i)
        i += 1
        name_start: i32 = i
        name_end: i32 = i
        is_attribute: i32 = 0
        if c == 46:
            is_attribute = 1
            while i < end and load_u8(p + i) != 91 and load_u8(p + i) != 46:
                i += 1
            name_end = i
        elif c == 91:
            bracket: i32 = 0
            while i < end:
                c2: i32 = load_u8(p + i)
                i += 1
                if c2 == 93:
                    bracket = 1
                    break
            if not bracket:
                decref(value)
                return raise_new(EXC_VALUE_ERROR, "Missing ']' in format string")
            name_end = i - 1
        else:
            decref(value)
            return raise_new(EXC_VALUE_ERROR, "Only '.' or '[' may follow ']' in format field specifier")
        if name_start == name_end:
            decref(value)
            return raise_new(EXC_VALUE_ERROR, "Empty attribute in format string")
        name: obj = str_substring(fmt, name_start, name_end)
        if name == ERROR_VALUE:
            decref(value)
            return name
        item: obj = ERROR_VALUE
        if is_attribute:
            item = number_attribute(value, name)
        else:
            k: i64 = field_integer(p, name_start, name_end)
            if k >= 0:
                if k > SMALL_INT_MAX:
                    k = SMALL_INT_MAX
                item = py_getitem(value, box_int(k))
            elif k == -1:
                item = py_getitem(value, name)
        decref(name)
        decref(value)
        if item == ERROR_VALUE:
            return item
        value = item
    return value


def number_attribute(v: obj, name: obj) -> obj:
    """v.name for a format field's attribute: of ints and floats here (real, imag,
    numerator, denominator), of anything else as an attribute read is."""
    if is_int_like(v):
        if str_eq(name, "real") or str_eq(name, "numerator"):
            if is_bool(v):
                return box_int(unbox_int(v))
            return new_ref(v)
        if str_eq(name, "imag"):
            return box_int(0)
        if str_eq(name, "denominator"):
            return box_int(1)
    elif is_float(v):
        if str_eq(name, "real"):
            return v
        if str_eq(name, "imag"):
            return box_float(0.0)
    return getattr_protected(v, name)
