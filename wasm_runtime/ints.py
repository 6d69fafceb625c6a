"""Int arithmetic with Python's semantics on INT forms (values.py), and int <-> text.

Ints are exact: a result beyond the small-int range is a big int (bigint.py), never
wrapped. The small cases are done here; the rest goes to bigint.py's slow paths.
"""

DIGITS_BUFFER = data_zero(32)


def int_mul(a: i64, b: i64) -> i64:
    # A product below 2**47 in magnitude is exact in a double, and so is the test (a big
    # form makes the magnitude huge, or the product 0, which is right).
    if fabs(f64(a) * f64(b)) < 140737488355328.0:
        return a * b
    return int_mul_slow(a, b)


def int_floordiv(a: i64, b: i64) -> i64:
    if b == 0 or not fits_small_int(a) or not fits_small_int(b):
        return int_floordiv_slow(a, b)
    q: i64 = a // b
    if a % b != 0 and (a ^ b) < 0:
        q -= 1
    if not fits_small_int(q):
        return int_from_i64(q)  # -2**47 // -1
    return q


def int_mod(a: i64, b: i64) -> i64:
    if b == 0 or not fits_small_int(a) or not fits_small_int(b):
        return int_mod_slow(a, b)
    r: i64 = a % b
    if r != 0 and (r ^ b) < 0:
        r += b
    return r


def int_pow(base: i64, exponent: i64) -> i64:
    """base ** exponent for exponent >= 0."""
    return int_pow_slow(base, exponent)


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
