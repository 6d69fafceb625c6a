"""Big ints and text: str() (CPython's quadratic conversion to base 10**9, with its
4300-digit limit), hex()/oct()/bin(), and int(text, base) with all of PyLong_FromString's
rules."""

INT_MAX_STR_DIGITS = 4300
INT_MAX_STR_DIGITS_THRESHOLD = 640
BIG_DECIMAL_BASE = 1000000000
BIG_DECIMAL_SHIFT = 9


def raise_str_digits_limit() -> None:
    raise_new(EXC_VALUE_ERROR, "Exceeds the limit (4300 digits) for integer string conversion; "
                               "use sys.set_int_max_str_digits() to increase the limit")


def int_to_decimal(v: obj) -> obj:
    """str(v) for an int-like v (ValueError past CPython's 4300-digit limit)."""
    if is_small_int_like(v):
        return int_to_str(unbox_int(v))
    p: i32 = i32(v)
    size_a: i32 = big_count(p)
    negative: i32 = big_negative(p)
    # CPython's early test: the value surely has more digits than the limit.
    if size_a >= 10 * INT_MAX_STR_DIGITS_THRESHOLD // (3 * BIG_SHIFT) + 2:
        if INT_MAX_STR_DIGITS // (3 * BIG_SHIFT) <= (size_a - 11) // 10:
            raise_str_digits_limit()
            return ERROR_VALUE
    # Convert to base 10**9, most significant digit first into the running value.
    capacity: i32 = 1 + size_a + size_a // 99
    out: i32 = alloc(capacity << 2)
    if out == 0:
        return raise_memory_error()
    size: i32 = 0
    i: i32 = size_a - 1
    while i >= 0:
        hi: i64 = i64(load_i32(p + BIG_DIGITS + (i << 2)))
        for j in range(0, size):
            z: i64 = (i64(load_i32(out + (j << 2))) << BIG_SHIFT) | hi
            hi = z // BIG_DECIMAL_BASE
            store_i32(out + (j << 2), i32(z - hi * BIG_DECIMAL_BASE))
        while hi != 0:
            store_i32(out + (size << 2), i32(hi % BIG_DECIMAL_BASE))
            size += 1
            hi = hi // BIG_DECIMAL_BASE
        i -= 1
    if size == 0:
        store_i32(out, 0)
        size = 1
    length: i32 = negative + 1 + (size - 1) * BIG_DECIMAL_SHIFT
    top: i32 = load_i32(out + ((size - 1) << 2))
    tenpow: i32 = 10
    while top >= tenpow and tenpow < BIG_DECIMAL_BASE:
        tenpow = tenpow * 10
        length += 1
    if length - negative > INT_MAX_STR_DIGITS:
        free(out)
        raise_str_digits_limit()
        return ERROR_VALUE
    s: i32 = str_alloc(length, length)
    if s == 0:
        free(out)
        return raise_memory_error()
    q: i32 = s + STR_DATA + length
    for j in range(0, size - 1):
        rem: i32 = load_i32(out + (j << 2))
        for k in range(0, BIG_DECIMAL_SHIFT):
            q -= 1
            store_u8(q, 48 + rem % 10)
            rem = rem // 10
    rest: i32 = top
    while True:
        q -= 1
        store_u8(q, 48 + rest % 10)
        rest = rest // 10
        if rest == 0:
            break
    if negative:
        store_u8(q - 1, 45)
    free(out)
    return box_ptr(s)


def int_to_base(v: obj, base: i32) -> obj:
    """hex()/oct()/bin() text of an int-like v for base 16, 8 or 2 ('-0x1f'); str(v) for
    base 10."""
    if base == 10:
        return int_to_decimal(v)
    bits_per: i32 = 4 if base == 16 else (3 if base == 8 else 1)
    p: i32 = big_view_obj(v, BIG_VIEW_A)
    n: i32 = big_count(p)
    negative: i32 = big_negative(p)
    bits: i64 = big_bit_length(p)
    count: i64 = (bits + i64(bits_per) - 1) // i64(bits_per)
    if count == 0:
        count = 1
    if count > MAX_ALLOC:
        return raise_memory_error()
    length: i32 = negative + 2 + i32(count)
    s: i32 = str_alloc(length, length)
    if s == 0:
        return raise_memory_error()
    q: i32 = s + STR_DATA + length
    acc: i64 = 0
    held: i32 = 0
    next_digit: i32 = 0
    for k in range(0, i32(count)):
        if held < bits_per and next_digit < n:
            acc = acc | (i64(load_i32(p + BIG_DIGITS + (next_digit << 2))) << i64(held))
            held += BIG_SHIFT
            next_digit += 1
        q -= 1
        store_u8(q, load_u8(HEX_DIGITS + i32(acc & i64(base - 1))))
        acc = shr_u(acc, i64(bits_per))
        held -= bits_per
    store_u8(q - 1, 120 if base == 16 else (111 if base == 8 else 98))
    store_u8(q - 2, 48)
    if negative:
        store_u8(q - 3, 45)
    return box_ptr(s)


# Text to int.


def int_digit_value(c: i32) -> i32:
    """The value of c as a digit in bases up to 36, or 37."""
    if c >= 48 and c <= 57:
        return c - 48
    c = c | 32
    if c >= 97 and c <= 122:
        return c - 87
    return 37


def int_text_to_ascii(src: i32, n: i32, dst: i32) -> i32:
    """The n bytes of UTF-8 at src as CPython's int() reads them: ASCII kept, other white
    space as ' ', other decimal digits as '0'..'9', anything else as '?'. The length."""
    i: i32 = 0
    o: i32 = 0
    while i < n:
        c: i32 = load_u8(src + i)
        if c < 128:
            store_u8(dst + o, c)
            i += 1
            o += 1
            continue
        width: i32 = utf8_width(c)
        cp: i32 = utf8_decode_at(src + i)
        if is_unicode_space(cp):
            store_u8(dst + o, 32)
        else:
            d: i32 = decimal_value(cp)
            store_u8(dst + o, 63 if d < 0 else 48 + d)
        i += width
        o += 1
    return o


def big_parse_ascii(p: i32, end: i32, base: i32, limit: i32) -> i64:
    """The INT form of the ASCII text p..end read as PyLong_FromString reads it in `base`
    (0, or 2..36); ERROR_VALUE (nothing raised) when it is not an int literal; 0 after
    raising (MemoryError, or ValueError past the 4300-digit limit when `limit`)."""
    while p < end and is_ascii_space(load_u8(p)):
        p += 1
    negative: i32 = 0
    if p < end and load_u8(p) == 43:
        p += 1
    elif p < end and load_u8(p) == 45:
        negative = 1
        p += 1
    first: i32 = load_u8(p) if p < end else 0
    second: i32 = (load_u8(p + 1) | 32) if p + 1 < end else 0
    error_if_nonzero: i32 = 0
    if base == 0:
        if first != 48:
            base = 10
        elif second == 120:
            base = 16
        elif second == 111:
            base = 8
        elif second == 98:
            base = 2
        else:
            # An "old" octal literal 0777 is invalid, but zeros are fine.
            error_if_nonzero = 1
            base = 10
    if first == 48 and ((base == 16 and second == 120) or (base == 8 and second == 111)
                        or (base == 2 and second == 98)):
        p += 2
        if p < end and load_u8(p) == 95:
            p += 1  # one underscore may follow the prefix
    if p < end and load_u8(p) == 95:
        return ERROR_VALUE
    # The run of digits and single underscores.
    scan: i32 = p
    digits: i32 = 0
    previous: i32 = 0
    while scan < end:
        c: i32 = load_u8(scan)
        if c == 95:
            if previous == 95:
                return ERROR_VALUE
        elif int_digit_value(c) < base:
            digits += 1
        else:
            break
        previous = c
        scan += 1
    if previous == 95:
        return ERROR_VALUE
    binary: i32 = (base & (base - 1)) == 0
    if limit and not binary and digits > INT_MAX_STR_DIGITS:
        message: obj = int_to_str(i64(digits))
        if message != ERROR_VALUE:
            raise_with_parts(EXC_VALUE_ERROR,
                             "Exceeds the limit (4300 digits) for integer string conversion: value has ",
                             message, " digits; use sys.set_int_max_str_digits() to increase the limit")
            decref(message)
        return 0
    z: i32 = 0
    if binary:
        z = big_parse_binary(p, scan, base, digits)
    else:
        z = big_parse_digits(p, scan, base, digits)
    if z == 0:
        return 0
    if (error_if_nonzero and big_count(z) != 0) or digits == 0:
        free(z)
        return ERROR_VALUE
    while scan < end and is_ascii_space(load_u8(scan)):
        scan += 1
    if scan != end:
        free(z)
        return ERROR_VALUE
    big_set_count(z, big_count(z), negative)
    return big_finish(z)


def big_parse_binary(p: i32, end: i32, base: i32, digits: i32) -> i32:
    """The object of the digits (and underscores) p..end in base 2, 4, 8, 16 or 32."""
    bits_per: i32 = ctz(base)
    total: i64 = i64(digits) * i64(bits_per)
    if total > i64(BIG_MAX_DIGITS) * BIG_SHIFT:
        raise_memory_error()
        return 0
    n: i32 = i32((total + BIG_SHIFT - 1) // BIG_SHIFT)
    z: i32 = big_new(n)
    if z == 0:
        return 0
    acc: i64 = 0
    held: i32 = 0
    out: i32 = z + BIG_DIGITS
    r: i32 = end - 1
    while r >= p:
        c: i32 = load_u8(r)
        r -= 1
        if c == 95:
            continue
        acc = acc | (i64(int_digit_value(c)) << i64(held))
        held += bits_per
        if held >= BIG_SHIFT:
            store_i32(out, i32(acc & BIG_MASK))
            out += 4
            acc = acc >> BIG_SHIFT
            held -= BIG_SHIFT
    if held > 0:
        store_i32(out, i32(acc))
        out += 4
    while out < z + BIG_DIGITS + (n << 2):
        store_i32(out, 0)
        out += 4
    big_set_count(z, n, 0)
    return z


def big_parse_digits(p: i32, end: i32, base: i32, digits: i32) -> i32:
    """The object of the digits (and underscores) p..end in a base that is not a power of
    2: groups of as many digits as fit in a 30-bit digit, each z = z * base**k + group."""
    width: i32 = 1
    group_base: i32 = base
    while i64(group_base) * i64(base) <= BIG_RADIX:
        group_base = group_base * base
        width += 1
    capacity: i32 = digits // width + 2
    z: i32 = big_new(capacity)
    if z == 0:
        return 0
    zd: i32 = z + BIG_DIGITS
    size: i32 = 0
    r: i32 = p
    while r < end:
        c: i32 = load_u8(r)
        r += 1
        if c == 95:
            continue
        group: i32 = int_digit_value(c)
        k: i32 = 1
        multiplier: i32 = base
        while k < width and r < end:
            ch: i32 = load_u8(r)
            r += 1
            if ch == 95:
                continue
            group = group * base + int_digit_value(ch)
            multiplier = multiplier * base
            k += 1
        carry: i32 = digits_mul1_add(zd, size, multiplier, group)
        if carry != 0:
            store_i32(zd + (size << 2), carry)
            size += 1
    big_set_count(z, size, 0)
    return z


def big_str_prefix(s: obj, limit: i32) -> obj:
    """The first `limit` code points of s (a new reference)."""
    if str_length(s) <= limit:
        return new_ref(s)
    p: i32 = str_data(s)
    size: i32 = 0
    for i in range(0, limit):
        size += utf8_width(load_u8(p + size))
    return big_str_from_bytes(p, size, limit)


def big_str_from_bytes(addr: i32, size: i32, length: i32) -> obj:
    q: i32 = str_alloc(size, length)
    if q == 0:
        return raise_memory_error()
    memory_copy(q + STR_DATA, addr, size)
    return box_ptr(q)


def invalid_int_text(s: obj, base: i32) -> None:
    """ValueError: invalid literal for int() with base 10: 'xyz' (CPython's %.200R)."""
    r: obj = str_repr(s)
    if r == ERROR_VALUE:
        return
    shown: obj = big_str_prefix(r, 200)
    decref(r)
    if shown == ERROR_VALUE:
        return
    b: obj = int_to_str(i64(base))
    if b != ERROR_VALUE:
        head: obj = str_concat3("invalid literal for int() with base ", b, ": ")
        if head != ERROR_VALUE:
            raise_with_parts(EXC_VALUE_ERROR, head, shown, "")
            decref(head)
        decref(b)
    decref(shown)


def int_parse(s: obj, base: i32) -> obj:
    """int(s, base) for a str s, with every rule of CPython's int(): base 0 (0x/0o/0b
    prefixes, no leading zeros), bases 2..36, single underscores between digits, white
    space around (Unicode too), Unicode decimal digits, the 4300-digit limit."""
    if (base != 0 and base < 2) or base > 36:
        return raise_new(EXC_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0")
    n: i32 = str_size(s)
    buffer: i32 = alloc(n + 1)
    if buffer == 0:
        return raise_memory_error()
    size: i32 = int_text_to_ascii(str_data(s), n, buffer)
    v: i64 = big_parse_ascii(buffer, buffer + size, base, 1)
    free(buffer)
    if v == ERROR_VALUE:
        invalid_int_text(s, base)
        return ERROR_VALUE
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return int_box(v)
