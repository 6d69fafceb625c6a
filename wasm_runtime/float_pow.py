"""pow(x, y) as glibc computes it on this platform, bit for bit.

glibc (2.28 and later) computes pow with Szabolcs Nagy's algorithm (also musl's
src/math/pow.c): log(x) to about 68 bits as hi + lo from a 128-entry table and a
polynomial, y*log(x) as ehi + elo, then exp of that from a 2**(i/128) table and a
polynomial. On x86-64 with FMA, glibc runs the FMA build of that code
(__ieee754_pow_fma), in which GCC fused many a*b + c into one rounding; each of those is
a soft_fma here, in the same places (read from its machine code in glibc 2.36), so that
the rounding errors, and the results, are the same.
"""

SPLITTER = 134217729.0  # 2**27 + 1
TWO_P52 = 4503599627370496.0
TWO_P1009 = 2.0 ** 1009
TWO_M1022 = 2.0 ** -1022
POW_SIGN_BIAS = 0x40000  # 0x800 << 7
# The second result of libm_pow_log.
POW_TAIL: f64 = 0.0


def soft_fma(a: f64, b: f64, c: f64) -> f64:
    """a * b + c with one rounding (to nearest, ties to even), like the FMA instruction.

    The product is split exactly into p + pe (Dekker's product with Veltkamp's split),
    c + p exactly into th + tl, and th + RO(tl + pe) is then correctly rounded when RO
    rounds to odd (Boldo and Melquiond, "Emulation of FMA and correctly rounded sums:
    proved algorithms using rounding to odd", 2008). Valid while the partial products
    neither overflow nor underflow, which holds for every use in pow."""
    p: f64 = a * b
    t: f64 = SPLITTER * a
    ah: f64 = t - (t - a)
    al: f64 = a - ah
    t = SPLITTER * b
    bh: f64 = t - (t - b)
    bl: f64 = b - bh
    pe: f64 = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    th: f64 = c + p
    bp: f64 = th - c
    tl: f64 = (c - (th - bp)) + (p - bp)
    s: f64 = tl + pe
    sp: f64 = s - tl
    e: f64 = (tl - (s - sp)) + (pe - sp)
    if e != 0.0:
        # s rounded to nearest; rounded to odd instead, it is s or its neighbour toward e.
        sb: i64 = bits_of_f64(s)
        if (sb & 1) == 0:
            if (s > 0.0) == (e > 0.0):
                sb += 1
            else:
                sb -= 1
            s = f64_of_bits(sb)
    return th + s


def libm_pow_log(ix: i64) -> f64:
    """log(x) = result + POW_TAIL, for the bits ix of x (a subnormal x normalized, its
    exponent below zero)."""
    tmp: i64 = ix - POW_OFF
    i: i64 = shr_u(tmp, 45) & 127
    k: i64 = tmp >> 52
    z: f64 = f64_of_bits(ix - (tmp & 0xFFF0000000000000))
    kd: f64 = f64(k)
    # 1/c for c near the middle m of the i-th subinterval of [OFF, 2 OFF): round(128/m)/128
    # or round(256/m)/256 (glibc's table holds these values).
    middle: f64 = f64_of_bits(POW_OFF + (i << 45) + (1 << 44))
    invc: f64 = 0.0
    if middle < 1.0:
        invc = nearest(128.0 / middle) / 128.0
    else:
        invc = nearest(256.0 / middle) / 256.0
    row: i32 = POW_LOG_TABLE + i32(i) * 16
    logc: f64 = load_f64(row)
    logctail: f64 = load_f64(row, 8)
    r: f64 = soft_fma(z, invc, -1.0)  # exact
    t1: f64 = soft_fma(kd, POW_LN2HI, logc)
    lo1: f64 = soft_fma(kd, POW_LN2LO, logctail)
    ar: f64 = r * POW_A0
    q12: f64 = soft_fma(r, POW_A2, POW_A1)
    q34: f64 = soft_fma(r, POW_A4, POW_A3)
    t2: f64 = r + t1
    ar2: f64 = r * ar
    d12: f64 = t1 - t2
    ar3: f64 = r * ar2
    lo3: f64 = soft_fma(ar, r, -ar2)
    lo2: f64 = d12 + r
    q56: f64 = soft_fma(r, POW_A6, POW_A5)
    hi: f64 = t2 + ar2
    lo4: f64 = (t2 - hi) + ar2
    q: f64 = soft_fma(q56, ar2, q34)
    q = soft_fma(ar2, q, q12)
    lo: f64 = ((lo1 + lo2) + lo3) + lo4
    lo = soft_fma(ar3, q, lo)
    y: f64 = hi + lo
    POW_TAIL = (hi - y) + lo
    return y


def libm_pow_specialcase(tmp: f64, sbits: i64, ki: i64) -> f64:
    """scale * (1 + tmp) where scale's exponent may have overflowed (k > 0) or the
    result may be subnormal (k < 0)."""
    scale: f64 = 0.0
    if (ki & 0x80000000) == 0:
        scale = f64_of_bits(sbits - (1009 << 52))
        return soft_fma(tmp, scale, scale) * TWO_P1009
    sbits = sbits + (1022 << 52)
    scale = f64_of_bits(sbits)
    st: f64 = tmp * scale
    y: f64 = scale + st
    if fabs(y) < 1.0:
        # Round to 53 bits before scaling into the subnormal range (no double rounding).
        one: f64 = 1.0
        if y < 0.0:
            one = -1.0
        lo: f64 = (scale - y) + st
        hi: f64 = y + one
        lo = ((one - hi) + y) + lo
        y = (lo + hi) - one
        if y == 0.0:
            y = f64_of_bits(sbits & 0x8000000000000000)
    return y * TWO_M1022


def libm_pow_exp(x: f64, xtail: f64, sign_bias: i64) -> f64:
    """exp(x + xtail), negated when sign_bias is POW_SIGN_BIAS."""
    abstop: i32 = i32(shr_u(bits_of_f64(x), 52)) & 0x7FF
    if ge_u(abstop - 0x3C9, 0x408 - 0x3C9):
        if ge_u(abstop - 0x3C9, 0x80000000):
            # |x| < 2**-54: exp(x) rounds to 1 + x.
            one: f64 = 1.0 + x
            if sign_bias != 0:
                return -one
            return one
        if abstop >= 0x409:
            # |x| >= 1024: overflow or underflow.
            big: f64 = f64_of_bits(FLOAT_INF_BITS)
            if bits_of_f64(x) < 0:
                big = 0.0
            if sign_bias != 0:
                return -big
            return big
        abstop = 0  # large |x|: specialcase below
    # x = k ln2/128 + r with |r| <= ln2/256; exp(x) = 2**(k/128) exp(r).
    kd: f64 = soft_fma(x, EXP_INVLN2N, EXP_SHIFT)
    ki: i64 = bits_of_f64(kd)
    kd = kd - EXP_SHIFT
    r: f64 = soft_fma(kd, EXP_NEGLN2HIN, x)
    r = soft_fma(kd, EXP_NEGLN2LON, r)
    r = xtail + r
    row: i32 = EXP_TABLE + i32(ki & 127) * 16
    tail: f64 = load_f64(row)
    sbits: i64 = load_i64(row, 8) + ((ki + sign_bias) << 45)
    p23: f64 = soft_fma(r, EXP_C3, EXP_C2)
    rt: f64 = r + tail
    r2: f64 = r * r
    p45: f64 = soft_fma(r, EXP_C5, EXP_C4)
    tmp: f64 = soft_fma(p23, r2, rt)
    tmp = soft_fma(p45, r2 * r2, tmp)
    if abstop == 0:
        return libm_pow_specialcase(tmp, sbits, ki)
    scale: f64 = f64_of_bits(sbits)
    return soft_fma(tmp, scale, scale)


def libm_checkint(iy: i64) -> i32:
    """0 if the finite non-zero double with bits iy is not an integer, 1 if it is odd,
    2 if it is even."""
    e: i32 = i32(shr_u(iy, 52)) & 0x7FF
    if e < 0x3FF:
        return 0
    if e > 0x3FF + 52:
        return 2
    bit: i64 = 1 << i64(0x3FF + 52 - e)
    if (iy & (bit - 1)) != 0:
        return 0
    if (iy & bit) != 0:
        return 1
    return 2


def libm_pow(x: f64, y: f64) -> f64:
    """glibc's pow(x, y), without errno: overflow gives inf, underflow 0."""
    sign_bias: i64 = 0
    ix: i64 = bits_of_f64(x)
    iy: i64 = bits_of_f64(y)
    topx: i32 = i32(shr_u(ix, 52))
    topy: i32 = i32(shr_u(iy, 52))
    if ge_u(topx - 1, 0x7FE) or ge_u((topy & 0x7FF) - 0x3BE, 0x80):
        # x is 0, subnormal, negative, infinite or NaN, or |y| < 2**-65 or |y| >= 2**63.
        if ge_u(2 * iy - 1, 0xFFDFFFFFFFFFFFFF):
            # y is 0, infinite or NaN.
            if 2 * iy == 0:
                return 1.0
            if ix == 0x3FF0000000000000:
                return 1.0
            if gt_u(2 * ix, 0xFFE0000000000000) or gt_u(2 * iy, 0xFFE0000000000000):
                return x + y
            if 2 * ix == 0x7FE0000000000000:
                return 1.0
            if lt_u(2 * ix, 0x7FE0000000000000) == (iy >= 0):
                return 0.0
            return y * y
        if ge_u(2 * ix - 1, 0xFFDFFFFFFFFFFFFF):
            # x is 0, infinite or NaN.
            x2: f64 = x * x
            if ix < 0 and libm_checkint(iy) == 1:
                x2 = -x2
            if iy < 0:
                return 1.0 / x2
            return x2
        if ix < 0:
            yint: i32 = libm_checkint(iy)
            if yint == 0:
                return (x - x) / (x - x)
            if yint == 1:
                sign_bias = POW_SIGN_BIAS
            ix = ix & 0x7FFFFFFFFFFFFFFF
            topx = topx & 0x7FF
        if ge_u((topy & 0x7FF) - 0x3BE, 0x80):
            if ix == 0x3FF0000000000000:
                return 1.0
            if (topy & 0x7FF) < 0x3BE:
                # |y| < 2**-65: x**y is 1 + y log(x), rounded.
                if gt_u(ix, 0x3FF0000000000000):
                    return 1.0 + y
                return 1.0 - y
            if gt_u(ix, 0x3FF0000000000000) == (topy < 0x800):
                return f64_of_bits(FLOAT_INF_BITS)
            return 0.0
        if topx == 0:
            # Subnormal x: normalize, the exponent going below zero.
            ix = (bits_of_f64(x * TWO_P52) & 0x7FFFFFFFFFFFFFFF) - (52 << 52)
    hi: f64 = libm_pow_log(ix)
    lo: f64 = POW_TAIL
    ehi: f64 = y * hi
    elo: f64 = soft_fma(y, lo, soft_fma(hi, y, -ehi))
    return libm_pow_exp(ehi, elo, sign_bias)
