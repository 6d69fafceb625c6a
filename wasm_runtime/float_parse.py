"""float(str): CPython's PyFloat_FromString, correctly rounded for every input.

The text is read as CPython reads it: non-ASCII white space counts as a space and other
Unicode decimal digits as ASCII digits; white space around is stripped; underscores are
allowed one at a time between two digits; then an optional sign and inf, infinity or nan
in any case, or a decimal with an optional exponent.

A decimal of at most 19 significant digits is converted by the Eisel-Lemire algorithm
(Daniel Lemire, "Number parsing at a gigabyte per second", 2021, as fast_float computes
it), which is exact for such inputs (Mushtak and Lemire, "Fast number parsing without
fallback", 2023). With more digits, the first 19 give the answer when they and the same
plus one give the same double; otherwise the digits (the first 800 of them, and whether
any of the rest is not 0) are converted exactly by shifting a big decimal in base 10, the
simple decimal conversion of Go's strconv (Nigel Tao's and Russ Cox's), which decides a
tie with every digit that matters.
"""

FLOAT_DECIMAL_CAPACITY = 800
# The digits (0..9, not ASCII) of the big decimal 0.d1 d2 ... dN * 10**DECIMAL_DP.
FLOAT_DECIMAL = data_zero(808)
DECIMAL_ND: i32 = 0
DECIMAL_DP: i32 = 0
DECIMAL_TRUNC: i32 = 0  # a non-zero digit beyond the ones kept
# The bits parse_float_ascii found.
PARSED_FLOAT_BITS: i64 = 0
# Shifts that keep the big decimal below 1 (left) or make progress (right), by its
# decimal point position.
DECIMAL_POWTAB = data_u8(b"\x01\x03\x06\x09\x0d\x10\x13\x17\x1a")


def float_digit(c: i32) -> i32:
    return c >= 48 and c <= 57


def parse_float(s: obj) -> f64:
    """float(s) for a str s; ValueError: could not convert string to float: 's'."""
    n: i32 = str_size(s)
    buffer: i32 = alloc(n + 1)
    if buffer == 0:
        raise_memory_error()
        return 0.0
    size: i32 = number_text_to_ascii(str_data(s), n, buffer)
    ok: i32 = 0
    if size >= 0:
        ok = parse_float_ascii(buffer, buffer + size)
    free(buffer)
    if not ok:
        r: obj = str_repr(s)
        if r != ERROR_VALUE:
            raise_with_parts(EXC_VALUE_ERROR, "could not convert string to float: ", r, "")
            decref(r)
        return 0.0
    return f64_of_bits(PARSED_FLOAT_BITS)


def ascii_lower_equals(p: i32, word: obj) -> i32:
    """Whether the bytes at p are `word` (lowercase letters), in any case."""
    n: i32 = str_size(word)
    w: i32 = str_data(word)
    for i in range(0, n):
        if (load_u8(p + i) | 32) != load_u8(w + i):
            return 0
    return 1


def parse_float_ascii(p: i32, end: i32) -> i32:
    """Whether the ASCII text p..end is a float literal; its value in PARSED_FLOAT_BITS.
    The text's underscores are removed in place."""
    while p < end and is_ascii_space(load_u8(p)):
        p += 1
    while end > p and is_ascii_space(load_u8(end - 1)):
        end -= 1
    # Underscores: each between two digits.
    q: i32 = p
    previous: i32 = 0
    for i in range(p, end):
        c: i32 = load_u8(i)
        if c == 95:
            if not float_digit(previous):
                return 0
        else:
            if previous == 95 and not float_digit(c):
                return 0
            store_u8(q, c)
            q += 1
        previous = c
    if previous == 95:
        return 0
    end = q
    sign: i64 = 0
    if p < end and (load_u8(p) == 43 or load_u8(p) == 45):
        if load_u8(p) == 45:
            sign = 0x8000000000000000
        p += 1
    if p < end and not float_digit(load_u8(p)) and load_u8(p) != 46:
        rest: i32 = end - p
        if (rest == 3 and ascii_lower_equals(p, "inf")) or (rest == 8 and ascii_lower_equals(p, "infinity")):
            PARSED_FLOAT_BITS = FLOAT_INF_BITS | sign
            return 1
        if rest == 3 and ascii_lower_equals(p, "nan"):
            PARSED_FLOAT_BITS = CANONICAL_NAN
            return 1
        return 0
    # The significant digits: the first 800 in FLOAT_DECIMAL, the first 19 in w.
    nd: i32 = 0
    total: i32 = 0
    dp: i32 = 0
    trunc: i32 = 0
    saw_digits: i32 = 0
    saw_dot: i32 = 0
    w: i64 = 0
    w_exact: i32 = 1
    while p < end:
        c = load_u8(p)
        if c == 46:
            if saw_dot:
                break
            saw_dot = 1
            dp = total
        elif float_digit(c):
            saw_digits = 1
            if c == 48 and total == 0:
                dp -= 1  # a leading zero
            else:
                if total < 19:
                    w = w * 10 + i64(c - 48)
                elif c != 48:
                    w_exact = 0
                if nd < FLOAT_DECIMAL_CAPACITY:
                    store_u8(FLOAT_DECIMAL + nd, c - 48)
                    nd += 1
                elif c != 48:
                    trunc = 1
                total += 1
        else:
            break
        p += 1
    if not saw_digits:
        return 0
    if not saw_dot:
        dp = total
    exponent: i64 = 0
    if p < end and (load_u8(p) | 32) == 101:
        p += 1
        negative_exponent: i32 = 0
        if p < end and (load_u8(p) == 43 or load_u8(p) == 45):
            negative_exponent = load_u8(p) == 45
            p += 1
        if p >= end or not float_digit(load_u8(p)):
            return 0
        while p < end and float_digit(load_u8(p)):
            if exponent < 1000000000000000:  # beyond, the result is 0 or inf anyway
                exponent = exponent * 10 + i64(load_u8(p) - 48)
            p += 1
        if negative_exponent:
            exponent = 0 - exponent
    if p != end:
        return 0
    bits: i64 = 0
    if total > 0:
        point: i64 = i64(dp) + exponent  # the value is 0.d1 d2 ... times 10**point
        if point > 310:
            bits = FLOAT_INF_BITS
        elif point >= -330:
            used: i32 = total
            if used > 19:
                used = 19
            e10: i32 = i32(point) - used
            bits = eisel_lemire(w, e10)
            if not w_exact and eisel_lemire(w + 1, e10) != bits:
                DECIMAL_ND = nd
                DECIMAL_DP = i32(point)
                DECIMAL_TRUNC = trunc
                decimal_trim()
                bits = decimal_to_bits()
    PARSED_FLOAT_BITS = bits | sign
    return 1


def eisel_lemire(w: i64, q: i32) -> i64:
    """The bits of the double nearest to w * 10**q, w > 0 unsigned (as fast_float's
    compute_float<binary_format<double>>)."""
    if q < -342:
        return 0
    if q > 308:
        return FLOAT_INF_BITS
    if not POW10_READY:
        pow10_table_init()
    lz: i32 = i32(clz(w))
    w = w << i64(lz)
    row: i32 = POW10_TABLE + (q - POW10_MIN) * 16
    t_hi: i64 = load_i64(row)
    t_lo: i64 = load_i64(row, 8)
    if q >= -27 and q < 0:
        # fast_float's table rounds these up.
        t_lo += 1
        if t_lo == 0:
            t_hi += 1
    p_lo: i64 = w * t_hi
    p_hi: i64 = mul_hi64(w, t_hi)
    if (p_hi & 0x1FF) == 0x1FF:
        # 55 bits are not certain yet: add the product with the lower half.
        s_hi: i64 = mul_hi64(w, t_lo)
        p_lo = p_lo + s_hi
        if lt_u(p_lo, s_hi):
            p_hi += 1
    upperbit: i32 = i32(shr_u(p_hi, 63))
    shift: i64 = i64(upperbit + 9)
    mantissa: i64 = shr_u(p_hi, shift)
    power2: i32 = ((217706 * q) >> 16) + 63 + upperbit - lz + 1023
    if power2 <= 0:
        # Subnormal (or zero).
        if 1 - power2 >= 64:
            return 0
        mantissa = shr_u(mantissa, i64(1 - power2))
        mantissa += mantissa & 1
        mantissa = shr_u(mantissa, 1)
        if lt_u(mantissa, 0x10000000000000):
            return mantissa
        return mantissa | 0x10000000000000
    if le_u(p_lo, 1) and q >= -4 and q <= 23 and (mantissa & 3) == 1:
        # Exactly halfway, with an even result below: round down.
        if (mantissa << shift) == p_hi:
            mantissa = mantissa & -2
    mantissa += mantissa & 1
    mantissa = shr_u(mantissa, 1)
    if ge_u(mantissa, 0x20000000000000):
        mantissa = 0x10000000000000
        power2 += 1
    mantissa = mantissa & 0xFFFFFFFFFFFFF
    if power2 >= 0x7FF:
        return FLOAT_INF_BITS
    return mantissa | (i64(power2) << 52)


# The big decimal (Go's strconv/decimal.go).


def decimal_trim() -> None:
    while DECIMAL_ND > 0 and load_u8(FLOAT_DECIMAL + DECIMAL_ND - 1) == 0:
        DECIMAL_ND -= 1
    if DECIMAL_ND == 0:
        DECIMAL_DP = 0


def decimal_right_shift(k: i32) -> None:
    """Divide by 2**k, 1 <= k <= 60."""
    d: i32 = FLOAT_DECIMAL
    nd: i32 = DECIMAL_ND
    shift: i64 = i64(k)
    r: i32 = 0
    w: i32 = 0
    n: i64 = 0
    # Enough leading digits for the first quotient digit.
    while shr_u(n, shift) == 0:
        if r >= nd:
            if n == 0:
                DECIMAL_ND = 0
                return
            while shr_u(n, shift) == 0:
                n = n * 10
                r += 1
            break
        n = n * 10 + i64(load_u8(d + r))
        r += 1
    DECIMAL_DP = DECIMAL_DP - (r - 1)
    mask: i64 = (1 << shift) - 1
    while r < nd:
        c: i32 = load_u8(d + r)
        store_u8(d + w, i32(shr_u(n, shift)))
        w += 1
        n = (n & mask) * 10 + i64(c)
        r += 1
    while n != 0:
        digit: i32 = i32(shr_u(n, shift))
        n = n & mask
        if w < FLOAT_DECIMAL_CAPACITY:
            store_u8(d + w, digit)
            w += 1
        elif digit > 0:
            DECIMAL_TRUNC = 1
        n = n * 10
    DECIMAL_ND = w
    decimal_trim()


def decimal_left_shift(k: i32) -> None:
    """Multiply by 2**k, 1 <= k <= 60."""
    d: i32 = FLOAT_DECIMAL
    nd: i32 = DECIMAL_ND
    shift: i64 = i64(k)
    # 2**k has delta digits, so the product has nd + delta or nd + delta - 1 digits: write
    # it for nd + delta, and move it down one place if the first is unused.
    delta: i32 = ((k * 1233) >> 12) + 1
    r: i32 = nd - 1
    w: i32 = nd + delta
    n: i64 = 0
    while r >= 0:
        n = n + (i64(load_u8(d + r)) << shift)
        quo: i64 = div_u(n, 10)
        rem: i32 = i32(n - 10 * quo)
        w -= 1
        if w < FLOAT_DECIMAL_CAPACITY:
            store_u8(d + w, rem)
        elif rem != 0:
            DECIMAL_TRUNC = 1
        n = quo
        r -= 1
    while n != 0:
        quo2: i64 = div_u(n, 10)
        rem2: i32 = i32(n - 10 * quo2)
        w -= 1
        if w < FLOAT_DECIMAL_CAPACITY:
            store_u8(d + w, rem2)
        elif rem2 != 0:
            DECIMAL_TRUNC = 1
        n = quo2
    written: i32 = nd + delta
    if written > FLOAT_DECIMAL_CAPACITY:
        written = FLOAT_DECIMAL_CAPACITY
    if w == 1:
        memory_copy(d, d + 1, written - 1)
        written -= 1
        delta -= 1
    DECIMAL_ND = written
    DECIMAL_DP = DECIMAL_DP + delta
    decimal_trim()


def decimal_shift(k: i32) -> None:
    """Multiply by 2**k (k > 0) or divide by 2**-k (k < 0)."""
    if DECIMAL_ND == 0:
        return
    while k > 60:
        decimal_left_shift(60)
        k -= 60
    if k > 0:
        decimal_left_shift(k)
    while k < -60:
        decimal_right_shift(60)
        k += 60
    if k < 0:
        decimal_right_shift(0 - k)


def decimal_round_up(i: i32) -> i32:
    """Whether the big decimal rounds up when cut after i digits."""
    if i < 0 or i >= DECIMAL_ND:
        return 0
    digit: i32 = load_u8(FLOAT_DECIMAL + i)
    if digit == 5 and i + 1 == DECIMAL_ND:
        # Halfway, unless digits were dropped: then above it.
        if DECIMAL_TRUNC:
            return 1
        return i > 0 and (load_u8(FLOAT_DECIMAL + i - 1) & 1) == 1
    return digit >= 5


def decimal_rounded_integer() -> i64:
    """The big decimal rounded to an integer (below 2**54 where it is used)."""
    if DECIMAL_DP > 20:
        return -1
    n: i64 = 0
    i: i32 = 0
    while i < DECIMAL_DP and i < DECIMAL_ND:
        n = n * 10 + i64(load_u8(FLOAT_DECIMAL + i))
        i += 1
    while i < DECIMAL_DP:
        n = n * 10
        i += 1
    if decimal_round_up(DECIMAL_DP):
        n += 1
    return n


def decimal_to_bits() -> i64:
    """The bits of the double nearest to the big decimal (Go's decimal.floatBits)."""
    if DECIMAL_ND == 0:
        return 0
    if DECIMAL_DP > 310:
        return FLOAT_INF_BITS
    if DECIMAL_DP < -330:
        return 0
    exp: i32 = 0
    n: i32 = 0
    # Scale by powers of two into [0.5, 1).
    while DECIMAL_DP > 0:
        if DECIMAL_DP >= 19:
            n = 60
        elif DECIMAL_DP >= 9:
            n = 27
        else:
            n = load_u8(DECIMAL_POWTAB + DECIMAL_DP)
        decimal_shift(0 - n)
        exp += n
    while DECIMAL_DP < 0 or (DECIMAL_DP == 0 and load_u8(FLOAT_DECIMAL) < 5):
        if DECIMAL_DP <= -19:
            n = 60
        elif DECIMAL_DP <= -9:
            n = 27
        else:
            n = load_u8(DECIMAL_POWTAB + (0 - DECIMAL_DP))
        decimal_shift(n)
        exp -= n
    # [0.5, 1) to [1, 2).
    exp -= 1
    if exp < -1022:
        # Subnormal: fewer bits of precision.
        n = -1022 - exp
        decimal_shift(0 - n)
        exp += n
    if exp + 1023 >= 0x7FF:
        return FLOAT_INF_BITS
    decimal_shift(53)
    mantissa: i64 = decimal_rounded_integer()
    if mantissa == 0x20000000000000:
        # Rounding carried into a new bit.
        mantissa = shr_u(mantissa, 1)
        exp += 1
        if exp + 1023 >= 0x7FF:
            return FLOAT_INF_BITS
    if (mantissa & 0x10000000000000) == 0:
        exp = -1023
    return (mantissa & 0xFFFFFFFFFFFFF) | (i64((exp + 1023) & 0x7FF) << 52)
