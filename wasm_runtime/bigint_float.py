"""Big ints and floats: conversion both ways, true division, exact comparison, and hash
(CPython's PyLong_AsDouble, PyLong_FromDouble, long_true_divide, float_richcompare and
long_hash)."""

BIG_DBL_MANT_DIG = 53
BIG_DBL_MAX_EXP = 1024
BIG_DBL_MIN_EXP = -1021
BIG_HASH_BITS = 61
BIG_HASH_MODULUS = (1 << 61) - 1


def big_pow2(e: i32) -> f64:
    """2.0**e for -1022 <= e <= 1023."""
    return f64_of_bits(i64(e + 1023) << 52)


def big_ldexp(x: f64, e: i64) -> f64:
    """x * 2**e where the result is representable (or overflows to infinity)."""
    while e > 1023:
        x = x * big_pow2(1023)
        e -= 1023
    if e < -1022:
        # Keep x normal first, so that only the last step rounds (and it is exact).
        x = x * big_pow2(-1022)
        e += 1022
        if e < -1022:
            x = x * big_pow2(-1022)
            e += 1022
            if e < -1022:
                return x * 0.0
    return x * big_pow2(i32(e))


def big_to_double(p: i32) -> f64:
    """The value of p correctly rounded (round-half-even) to a double; OverflowError
    "int too large to convert to float" past the doubles."""
    bits: i64 = big_bit_length(p)
    negative: i32 = big_negative(p)
    r: f64 = 0.0
    if bits <= 63:
        m: i64 = big_digit(p, 0) | (big_digit(p, 1) << BIG_SHIFT) | (big_digit(p, 2) << 60)
        r = f64(m)  # correctly rounded by the conversion
    else:
        if bits > BIG_DBL_MAX_EXP:
            raise_new(EXC_OVERFLOW_ERROR, "int too large to convert to float")
            return -1.0
        # The top 55 bits, with a sticky bit for the rest: converting them rounds once,
        # correctly.
        shift: i64 = bits - 55
        x: i64 = big_bits_at(p, shift)
        if big_any_bits_below(p, shift):
            x = x | 1
        r = big_ldexp(f64(x), shift)
        if r == f64_of_bits(FLOAT_INF_BITS):
            raise_new(EXC_OVERFLOW_ERROR, "int too large to convert to float")
            return -1.0
    return -r if negative else r


def big_bits_at(p: i32, shift: i64) -> i64:
    """|p| >> shift, which must be below 2**63."""
    w: i32 = i32(shift // BIG_SHIFT)
    s: i64 = shift % BIG_SHIFT
    x: i64 = shr_u(big_digit(p, w), s)
    x = x | (big_digit(p, w + 1) << (BIG_SHIFT - s))
    if BIG_SHIFT * 2 - s < 63:
        x = x | (big_digit(p, w + 2) << (BIG_SHIFT * 2 - s))
    return x


def big_any_bits_below(p: i32, shift: i64) -> i32:
    """Whether |p| has a set bit below bit `shift`."""
    w: i32 = i32(shift // BIG_SHIFT)
    s: i64 = shift % BIG_SHIFT
    if (big_digit(p, w) & ((i64(1) << s) - 1)) != 0:
        return 1
    for i in range(0, w):
        if load_i32(p + BIG_DIGITS + (i << 2)) != 0:
            return 1
    return 0


def int_to_float(v: obj) -> f64:
    """float(v) for an int-like v, correctly rounded (OverflowError past the doubles)."""
    if is_small_int_like(v):
        return f64(unbox_int(v))
    return big_to_double(i32(v))


def big_digits_to_double(p: i32) -> f64:
    """|p| as a double, for |p| < 2**63 (exact below 2**53)."""
    return f64(big_digit(p, 0) | (big_digit(p, 1) << BIG_SHIFT) | (big_digit(p, 2) << 60))


def big_true_divide(a: i32, b: i32) -> f64:
    """a / b correctly rounded: CPython's long_true_divide. ZeroDivisionError "division
    by zero", OverflowError "integer division result too large for a float"."""
    na: i32 = big_count(a)
    nb: i32 = big_count(b)
    negate: i32 = big_negative(a) != big_negative(b)
    if nb == 0:
        raise_zero_division("division by zero")
        return 0.0
    if na == 0:
        return -0.0 if negate else 0.0
    result: f64 = 0.0
    a_bits: i64 = big_bit_length(a)
    b_bits: i64 = big_bit_length(b)
    if a_bits <= BIG_DBL_MANT_DIG and b_bits <= BIG_DBL_MANT_DIG:
        # Both exact as doubles: one correctly rounded division.
        result = big_digits_to_double(a) / big_digits_to_double(b)
        return -result if negate else result
    diff: i64 = a_bits - b_bits
    if diff > BIG_DBL_MAX_EXP:
        raise_new(EXC_OVERFLOW_ERROR, "integer division result too large for a float")
        return 0.0
    if diff < BIG_DBL_MIN_EXP - BIG_DBL_MANT_DIG - 1:
        return -0.0 if negate else 0.0
    # x = |a| * 2**-shift // |b| has BIG_DBL_MANT_DIG + 2 or + 3 bits (fewer for subnormal
    # results); the bits below are only "inexact".
    shift: i64 = (diff if diff > BIG_DBL_MIN_EXP else BIG_DBL_MIN_EXP) - BIG_DBL_MANT_DIG - 2
    inexact: i32 = 0
    x: i32 = 0
    if shift <= 0:
        shift_digits: i32 = i32((0 - shift) // BIG_SHIFT)
        x = big_new(na + shift_digits + 1)
        if x == 0:
            return 0.0
        memory_fill(x + BIG_DIGITS, 0, shift_digits << 2)
        carry: i32 = digits_lshift(x + BIG_DIGITS + (shift_digits << 2), a + BIG_DIGITS, na,
                                   i32((0 - shift) % BIG_SHIFT))
        store_i32(x + BIG_DIGITS + ((na + shift_digits) << 2), carry)
        big_set_count(x, na + shift_digits + 1, 0)
    else:
        digits_off: i32 = i32(shift // BIG_SHIFT)
        x = big_new(na - digits_off)
        if x == 0:
            return 0.0
        if digits_rshift(x + BIG_DIGITS, a + BIG_DIGITS + (digits_off << 2), na - digits_off,
                         i32(shift % BIG_SHIFT)) != 0:
            inexact = 1
        for i in range(0, digits_off):
            if load_i32(a + BIG_DIGITS + (i << 2)) != 0:
                inexact = 1
        big_set_count(x, na - digits_off, 0)
    # x //= |b|
    if big_divrem_abs(x, b) < 0:
        free(x)
        return 0.0
    free(x)
    x = BIG_QUOTIENT
    if big_count(BIG_REMAINDER) != 0:
        inexact = 1
    free(BIG_REMAINDER)
    x_bits: i64 = big_bit_length(x)
    # Round away the extra bits (2 or 3), half to even, by the low digit.
    low_limit: i64 = BIG_DBL_MIN_EXP - shift
    extra_bits: i64 = (x_bits if x_bits > low_limit else low_limit) - BIG_DBL_MANT_DIG
    mask: i64 = i64(1) << (extra_bits - 1)
    low: i64 = big_digit(x, 0) | i64(inexact)
    if (low & mask) != 0 and (low & (3 * mask - 1)) != 0:
        low += mask
    low = low & ~(2 * mask - 1)
    dx: f64 = f64(low + (big_digit(x, 1) << BIG_SHIFT))
    free(x)
    if shift + x_bits >= BIG_DBL_MAX_EXP:
        if shift + x_bits > BIG_DBL_MAX_EXP or dx == big_ldexp(1.0, x_bits):
            raise_new(EXC_OVERFLOW_ERROR, "integer division result too large for a float")
            return 0.0
    result = big_ldexp(dx, shift)
    return -result if negate else result


def int_float_compare(i: obj, f: f64) -> i32:
    """-1, 0 or 1 comparing an int-like i with a float f that is not NaN, exactly."""
    if is_small_int_like(i):
        x: f64 = f64(unbox_int(i))  # exact
        return -1 if x < f else (1 if x > f else 0)
    p: i32 = i32(i)
    negative: i32 = big_negative(p)
    if fabs(f) == f64_of_bits(FLOAT_INF_BITS):
        return -1 if f > 0.0 else 1
    if negative and f >= 0.0:
        return -1
    if not negative and f <= 0.0:
        return 1
    # Same signs: compare magnitudes, by bit lengths first.
    g: f64 = fabs(f)
    exponent: i64 = i64(shr_u(bits_of_f64(g), 52)) - 1022  # 2**(exponent-1) <= g < 2**exponent
    bits: i64 = big_bit_length(p)
    c: i32 = 0
    if g < 1.0 or bits > exponent:
        c = 1
    elif bits < exponent:
        c = -1
    else:
        t: f64 = trunc(g)
        q: i32 = big_from_double(t)
        if q == 0:
            return 0
        c = digits_compare(p + BIG_DIGITS, big_count(p), q + BIG_DIGITS, big_count(q))
        free(q)
        if c == 0 and g != t:
            c = -1
    return 0 - c if negative else c


def big_from_double(t: f64) -> i32:
    """A new object of the integral, finite double t."""
    if fabs(t) < 9.0e18:
        return big_from_i64(i64(t))
    b: i64 = bits_of_f64(t)
    e: i64 = (shr_u(b, 52) & 0x7FF) - 1075
    m: i64 = (b & 0xFFFFFFFFFFFFF) | 0x10000000000000
    if b < 0:
        m = 0 - m
    big_set_i64(BIG_VIEW_C, m)
    return big_lshift(BIG_VIEW_C, e // BIG_SHIFT, i32(e % BIG_SHIFT))


def int_from_float(f: f64) -> obj:
    """int(f), exact: ValueError for NaN, OverflowError for infinities."""
    if f != f:
        return raise_new(EXC_VALUE_ERROR, "cannot convert float NaN to integer")
    if fabs(f) == f64_of_bits(FLOAT_INF_BITS):
        return raise_new(EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer")
    t: f64 = trunc(f)
    if fabs(t) < 140737488355328.0:
        return box_int(i64(t))
    return int_box_result(big_finish(big_from_double(t)))


def int_hash(v: obj) -> i64:
    """hash(v) for an int-like v, as CPython: v mod (2**61 - 1) with its sign rules
    (hash(-1) is -2)."""
    if is_small_int_like(v):
        s: i64 = unbox_int(v)
        return -2 if s == -1 else s
    p: i32 = i32(v)
    x: i64 = 0
    i: i32 = big_count(p) - 1
    while i >= 0:
        x = ((x << BIG_SHIFT) & BIG_HASH_MODULUS) | shr_u(x, BIG_HASH_BITS - BIG_SHIFT)
        x += i64(load_i32(p + BIG_DIGITS + (i << 2)))
        if x >= BIG_HASH_MODULUS:
            x -= BIG_HASH_MODULUS
        i -= 1
    if big_negative(p):
        x = 0 - x
    return -2 if x == -1 else x


def int_form_float_compare(v: i64, f: f64) -> i32:
    """Compare an INT form with a float exactly, as CPython does: -1, 0 or 1, and 2 when
    f is a NaN. So a < f is r < 0, a <= f is r <= 0, a > f is r == 1, a >= f is
    lt_u(r, 2), a == f is r == 0 and a != f is r != 0."""
    if f != f:
        return 2
    if fits_small_int(v):
        x: f64 = f64(v)  # exact
        return -1 if x < f else (1 if x > f else 0)
    return int_float_compare(box_ptr(big_ptr(v)), f)
