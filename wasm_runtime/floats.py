"""Float arithmetic with CPython's semantics: //, % and ** (Objects/floatobject.c), and
an exact fmod. The text conversions are in float_repr.py and float_parse.py, the core of
** in float_pow.py, and their tables in float_tables.py.
"""

FLOAT_INF_BITS = 0x7FF0000000000000


def not_yet(what: obj) -> None:
    raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, what, " is not supported by molt yet", "")


def float_fmod(x: f64, y: f64) -> f64:
    """C's fmod: x - n*y with n the integer part of x/y, exactly (it is representable),
    with the sign of x; NaN when x is infinite or y is 0. Long division on the
    significands, as musl's fmod does, 11 bits a step."""
    ux: i64 = bits_of_f64(x)
    uy: i64 = bits_of_f64(y)
    ax: i64 = ux & 0x7FFFFFFFFFFFFFFF
    ay: i64 = uy & 0x7FFFFFFFFFFFFFFF
    ex: i32 = i32(shr_u(ax, 52))
    ey: i32 = i32(shr_u(ay, 52))
    if ay == 0 or ay > FLOAT_INF_BITS or ex == 0x7FF:
        return (x * y) / (x * y)
    if ax <= ay:
        if ax == ay:
            return 0.0 * x
        return x
    # Significands with bit 52 set; subnormals normalized, their exponent <= 0.
    mx: i64 = 0
    my: i64 = 0
    shift: i32 = 0
    if ex == 0:
        shift = i32(clz(ax)) - 11
        mx = ax << i64(shift)
        ex = 1 - shift
    else:
        mx = (ax & 0xFFFFFFFFFFFFF) | 0x10000000000000
    if ey == 0:
        shift = i32(clz(ay)) - 11
        my = ay << i64(shift)
        ey = 1 - shift
    else:
        my = (ay & 0xFFFFFFFFFFFFF) | 0x10000000000000
    # r = mx * 2**(ex - ey) mod my; r < my < 2**53, so r << 11 fits in 64 bits.
    r: i64 = rem_u(mx, my)
    d: i32 = ex - ey
    while d > 0:
        step: i32 = 11
        if d < 11:
            step = d
        r = rem_u(r << i64(step), my)
        d -= step
    if r == 0:
        return 0.0 * x
    shift = i32(clz(r)) - 11
    r = r << i64(shift)
    ey -= shift
    if ey > 0:
        r = (r & 0xFFFFFFFFFFFFF) | (i64(ey) << 52)
    else:
        r = r >> i64(1 - ey)  # exact: the result is a multiple of the smaller ulp
    return f64_of_bits(r | (ux & 0x8000000000000000))


def float_mod(a: f64, b: f64) -> f64:
    """a % b: CPython's float_rem."""
    if b == 0.0:
        raise_zero_division("float modulo")
        return 0.0
    mod: f64 = float_fmod(a, b)
    if mod != 0.0:  # NaN included, as in C's `if (mod)`
        # The remainder takes the sign of the divisor.
        if (b < 0.0) != (mod < 0.0):
            mod += b
    else:
        mod = copysign(0.0, b)
    return mod


def float_floordiv(a: f64, b: f64) -> f64:
    """a // b: CPython's float_floor_div (_float_div_mod)."""
    if b == 0.0:
        raise_zero_division("float floor division by zero")
        return 0.0
    mod: f64 = float_fmod(a, b)
    div: f64 = (a - mod) / b
    if mod != 0.0:
        if (b < 0.0) != (mod < 0.0):
            mod += b
            div -= 1.0
    if div != 0.0:
        # Snap the quotient to the nearest integral value.
        floordiv: f64 = floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
        return floordiv
    return copysign(0.0, a / b)


def float_is_odd_integer(x: f64) -> i32:
    return float_fmod(fabs(x), 2.0) == 1.0


def float_pow(v: f64, w: f64) -> f64:
    """v ** w: CPython's float_pow. The special cases are sorted out here; the rest is
    glibc's pow (libm_pow)."""
    inf: f64 = f64_of_bits(FLOAT_INF_BITS)
    if w == 0.0:
        return 1.0
    if v != v:
        return v
    if w != w:
        if v == 1.0:
            return 1.0
        return w
    if fabs(w) == inf:
        v = fabs(v)
        if v == 1.0:
            return 1.0
        if (w > 0.0) == (v > 1.0):
            return inf
        return 0.0
    if fabs(v) == inf:
        if w > 0.0:
            if float_is_odd_integer(w):
                return v
            return inf
        if float_is_odd_integer(w):
            return copysign(0.0, v)
        return 0.0
    if v == 0.0:
        if w < 0.0:
            raise_zero_division("0.0 cannot be raised to a negative power")
            return 0.0
        if float_is_odd_integer(w):
            return v
        return 0.0
    negate: i32 = 0
    if v < 0.0:
        if w != floor(w):
            raise_new(EXC_NOT_IMPLEMENTED_ERROR, "complex numbers are not supported by molt yet")
            return 0.0
        v = -v
        negate = float_is_odd_integer(w)
    if v == 1.0:
        if negate:
            return -1.0
        return 1.0
    r: f64 = libm_pow(v, w)
    if fabs(r) == inf:
        raise_errno(EXC_OVERFLOW_ERROR, 34, "Numerical result out of range")
        return 0.0
    if negate:
        return -r
    return r
