"""Floats as text with a precision: CPython's PyOS_double_to_string ('e', 'f', 'g', 'r'
and their upper-case forms, with the flags of '%' and format()).

The digits are those of David Gay's dtoa in modes 0 (shortest: float_repr.py's Schubfach),
2 (n significant digits) and 3 (n digits after the point), correctly rounded: the double's
exact decimal value is expanded (m * 5**k or m * 2**k, at most 767 digits, in base 10**9
limbs), then rounded half to even at the wanted digit. format_float_short then lays them
out as CPython does.
"""

FD_LIMB_CAPACITY = 100
FD_LIMBS = data_zero(FD_LIMB_CAPACITY * 4)
FD_DIGIT_CAPACITY = 816
FD_DIGITS = data_zero(FD_DIGIT_CAPACITY)
# The digits of the last float_digits: FD_COUNT ASCII digits at FD_DIGITS, the value being
# 0.d1 d2 ... * 10**FD_DECPT (no trailing zeros; none at all for a value rounded to 0).
FD_COUNT: i32 = 0
FD_DECPT: i32 = 0

# Flags of float_to_text (CPython's Py_DTSF_*).
FF_SIGN = 1
FF_ADD_DOT_0 = 2
FF_ALT = 4
FF_NO_NEG_0 = 8

MODE_SHORTEST = 0
MODE_SIGNIFICANT = 2
MODE_FIXED = 3


def limbs_mul_small(n: i32, factor: i64) -> i32:
    """Multiply the n limbs of FD_LIMBS by factor (< 2**31); the new limb count."""
    carry: i64 = 0
    for i in range(0, n):
        t: i64 = u64(load_i32(FD_LIMBS + i * 4)) * factor + carry
        carry = t // 1000000000
        store_i32(FD_LIMBS + i * 4, i32(t - carry * 1000000000))
    while carry != 0:
        store_i32(FD_LIMBS + n * 4, i32(carry % 1000000000))
        carry = carry // 1000000000
        n += 1
    return n


def exact_digits(b: i64) -> None:
    """All the decimal digits of the positive finite double with bits b (FD_*)."""
    fraction: i64 = b & 0xFFFFFFFFFFFFF
    biased: i32 = i32(shr_u(b, 52))
    m: i64 = fraction
    e: i32 = -1074
    if biased != 0:
        m = fraction | 0x10000000000000
        e = biased - 1075
    while (m & 1) == 0:
        m = shr_u(m, 1)
        e += 1
    # m * 2**e = N * 10**min(e, 0), N in limbs.
    store_i32(FD_LIMBS, i32(m % 1000000000))
    store_i32(FD_LIMBS + 4, i32((m // 1000000000) % 1000000000))
    n: i32 = 2
    if m < 1000000000:
        n = 1
    store_i32(FD_LIMBS + 8, 0)
    if m >= 1000000000000000000:
        store_i32(FD_LIMBS + 8, i32(m // 1000000000000000000))
        n = 3
    k: i32 = 0
    if e >= 0:
        k = e
        while k >= 29:
            n = limbs_mul_small(n, 536870912)
            k -= 29
        if k > 0:
            n = limbs_mul_small(n, i64(1) << i64(k))
    else:
        k = 0 - e
        while k >= 13:
            n = limbs_mul_small(n, 1220703125)
            k -= 13
        factor: i64 = 1
        for i in range(0, k):
            factor = factor * 5
        if k > 0:
            n = limbs_mul_small(n, factor)
    # The limbs as text, most significant first.
    q: i32 = FD_DIGITS
    top: i32 = load_i32(FD_LIMBS + (n - 1) * 4)
    width: i32 = 1
    x: i32 = top
    while x >= 10:
        x = x // 10
        width += 1
    for i in range(0, width):
        store_u8(q + width - 1 - i, 48 + top % 10)
        top = top // 10
    q += width
    j: i32 = n - 2
    while j >= 0:
        limb: i32 = load_i32(FD_LIMBS + j * 4)
        for i in range(0, 9):
            store_u8(q + 8 - i, 48 + limb % 10)
            limb = limb // 10
        q += 9
        j -= 1
    count: i32 = q - FD_DIGITS
    FD_DECPT = count + (e if e < 0 else 0)
    while count > 0 and load_u8(FD_DIGITS + count - 1) == 48:
        count -= 1
    FD_COUNT = count


def round_digits(keep: i32) -> None:
    """Round FD_DIGITS to `keep` digits, half to even (the digits are exact)."""
    count: i32 = FD_COUNT
    if keep >= count:
        return
    if keep < 0:
        FD_COUNT = 0
        return
    d: i32 = load_u8(FD_DIGITS + keep)
    up: i32 = 0
    if d > 53:
        up = 1
    elif d == 53:
        if count > keep + 1:
            up = 1
        elif keep > 0:
            up = (load_u8(FD_DIGITS + keep - 1) & 1) != 0
    if not up:
        count = keep
    else:
        i: i32 = keep - 1
        while i >= 0 and load_u8(FD_DIGITS + i) == 57:
            i -= 1
        if i < 0:
            store_u8(FD_DIGITS, 49)
            count = 1
            FD_DECPT += 1
        else:
            store_u8(FD_DIGITS + i, load_u8(FD_DIGITS + i) + 1)
            count = i + 1
    while count > 0 and load_u8(FD_DIGITS + count - 1) == 48:
        count -= 1
    FD_COUNT = count


def float_digits(b: i64, mode: i32, ndigits: i32) -> None:
    """The digits of the positive finite double with bits b, as dtoa's mode gives them
    (FD_COUNT, FD_DECPT, FD_DIGITS); 0 is "0" with FD_DECPT 1."""
    if b == 0:
        store_u8(FD_DIGITS, 48)
        FD_COUNT = 1
        FD_DECPT = 1
        return
    if mode == MODE_SHORTEST:
        shortest_decimal(b)
        s: i64 = DEC_SIGNIFICAND
        e: i32 = DEC_EXPONENT
        while s % 10 == 0:
            s = s // 10
            e += 1
        n: i32 = 0
        t: i64 = s
        while t != 0:
            t = t // 10
            n += 1
        for i in range(0, n):
            store_u8(FD_DIGITS + n - 1 - i, i32(s % 10) + 48)
            s = s // 10
        FD_COUNT = n
        FD_DECPT = e + n
        return
    exact_digits(b)
    if mode == MODE_SIGNIFICANT:
        if ndigits < 1:
            ndigits = 1
        round_digits(ndigits)
    else:
        round_digits(FD_DECPT + ndigits)
        if FD_COUNT == 0:
            FD_DECPT = 0 - ndigits


def float_to_text(x: f64, code: i32, precision: i32, flags: i32) -> obj:
    """PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r
    (ASCII); a new str."""
    b: i32 = strbuf_new(32)
    if b == 0:
        return ERROR_VALUE
    put_float_text(b, x, code, precision, flags)
    return strbuf_finish(b)


def put_float_text(b: i32, x: f64, code: i32, precision: i32, flags: i32) -> None:
    upper: i32 = code == 69 or code == 70 or code == 71
    if upper:
        code += 32
    mode: i32 = MODE_SHORTEST
    if code == 101:
        mode = MODE_SIGNIFICANT
        precision += 1
    elif code == 102:
        mode = MODE_FIXED
    elif code == 103:
        mode = MODE_SIGNIFICANT
        if precision == 0:
            precision = 1
    bits: i64 = bits_of_f64(x)
    negative: i32 = bits < 0
    bits = bits & 0x7FFFFFFFFFFFFFFF
    if bits >= 0x7FF0000000000000:
        if negative and bits == 0x7FF0000000000000:
            strbuf_put_byte(b, 45)
        elif flags & FF_SIGN:
            strbuf_put_byte(b, 43)
        if bits == 0x7FF0000000000000:
            strbuf_put_str(b, "INF" if upper else "inf")
        else:
            strbuf_put_str(b, "NAN" if upper else "nan")
        return
    float_digits(bits, mode, precision)
    digits: i32 = FD_DIGITS
    count: i32 = FD_COUNT
    decpt: i32 = FD_DECPT
    if negative and (flags & FF_NO_NEG_0) and (count == 0 or (count == 1 and load_u8(digits) == 48)):
        negative = 0
    alt: i32 = (flags & FF_ALT) != 0
    use_exp: i32 = 0
    vdigits_end: i32 = count
    if code == 101:
        use_exp = 1
        vdigits_end = precision
    elif code == 102:
        vdigits_end = decpt + precision
    elif code == 103:
        limit: i32 = precision - 1 if (flags & FF_ADD_DOT_0) else precision
        if decpt <= -4 or decpt > limit:
            use_exp = 1
        if alt:
            vdigits_end = precision
    else:
        if decpt <= -4 or decpt > 16:
            use_exp = 1
    exponent: i32 = 0
    if use_exp:
        exponent = decpt - 1
        decpt = 1
    vdigits_start: i32 = decpt - 1 if decpt <= 0 else 0
    if not use_exp and (flags & FF_ADD_DOT_0):
        if vdigits_end <= decpt:
            vdigits_end = decpt + 1
    elif vdigits_end < decpt:
        vdigits_end = decpt
    if negative:
        strbuf_put_byte(b, 45)
    elif flags & FF_SIGN:
        strbuf_put_byte(b, 43)
    start_used: i32 = strbuf_used(b)
    if decpt <= 0:
        strbuf_put_fill(b, 48, decpt - vdigits_start)
        strbuf_put_byte(b, 46)
        strbuf_put_fill(b, 48, 0 - decpt)
    else:
        strbuf_put_fill(b, 48, 0 - vdigits_start)
    if 0 < decpt and decpt <= count:
        strbuf_put_bytes(b, digits, decpt)
        strbuf_put_byte(b, 46)
        strbuf_put_bytes(b, digits + decpt, count - decpt)
    else:
        strbuf_put_bytes(b, digits, count)
    if count < decpt:
        strbuf_put_fill(b, 48, decpt - count)
        strbuf_put_byte(b, 46)
        strbuf_put_fill(b, 48, vdigits_end - decpt)
    else:
        strbuf_put_fill(b, 48, vdigits_end - count)
    # Drop a trailing decimal point unless in the alternate form.
    used: i32 = strbuf_used(b)
    if used > start_used and not alt and load_u8(strbuf_data(b) + used - 1) == 46:
        store_i32(b, used - 1, SB_USED)
    if use_exp:
        strbuf_put_byte(b, 69 if upper else 101)
        if exponent < 0:
            strbuf_put_byte(b, 45)
            exponent = 0 - exponent
        else:
            strbuf_put_byte(b, 43)
        if exponent < 10:
            strbuf_put_byte(b, 48)
        strbuf_put_ascii_digits(b, i64(exponent))
