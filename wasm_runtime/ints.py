"""Small-int arithmetic with Python's semantics, and int <-> text.

Ints are exact: a result outside the small-int range raises OverflowError until big ints
exist, never wraps.
"""

DIGITS_BUFFER = data_zero(32)


def int_mul(a: i64, b: i64) -> i64:
    # A product below 2**47 in magnitude is exact in a double, and so is the test.
    if fabs(f64(a) * f64(b)) < 140737488355328.0:
        return a * b
    product: i64 = a * b
    if b != 0 and product // b == a and fits_small_int(product):
        return product
    raise_overflow_int()
    return 0


def int_floordiv(a: i64, b: i64) -> i64:
    if b == 0:
        raise_zero_division("integer division or modulo by zero")
        return 0
    q: i64 = a // b
    if a % b != 0 and (a ^ b) < 0:
        q -= 1
    if not fits_small_int(q):
        raise_overflow_int()
    return q


def int_mod(a: i64, b: i64) -> i64:
    if b == 0:
        raise_zero_division("integer modulo by zero")
        return 0
    r: i64 = a % b
    if r != 0 and (r ^ b) < 0:
        r += b
    return r


def int_pow(base: i64, exponent: i64) -> i64:
    """base ** exponent for exponent >= 0, by squaring, with every step checked."""
    result: i64 = 1
    while exponent > 0:
        if exponent & 1:
            result = int_mul(result, base)
            if EXC_CURRENT != 0:
                return 0
        exponent = exponent >> 1
        if exponent > 0:
            base = int_mul(base, base)
            if EXC_CURRENT != 0:
                return 0
    return result


def int_to_str(v: i64) -> obj:
    """Decimal text of v."""
    end: i32 = DIGITS_BUFFER + 32
    p: i32 = end
    negative: i32 = v < 0
    # Work with the negative value so that the most negative i64 needs no special case.
    n: i64 = v if negative else 0 - v
    while True:
        p -= 1
        store_u8(p, i32(48 - n % 10))
        n = n // 10
        if n == 0:
            break
    if negative:
        p -= 1
        store_u8(p, 45)
    return str_from_ascii(p, end - p)
