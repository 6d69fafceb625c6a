"""repr(float): the shortest decimal that reads back as the same double, formatted as
CPython formats it (float_repr_style 'short': David Gay's mode 0, then format_float_short).

The digits come from Schubfach (Raffaello Giulietti, "The Schubfach way to render
doubles", 2020), as laid out in Alexander Bolz's C++ version: with k = floor(log10(2**q))
(or of 3/4 2**q when the gap below is the smaller one), the three numbers 4c - 2 (or - 1),
4c and 4c + 2, times 2**q 10**-k, are computed as 64-bit integers rounded to odd from a
128-bit approximation of 10**-k (POW10_TABLE, rounded up where it is not exact). The
rounding interval then tells which of the candidates 10 floor(s/10), s and s + 1 is the
shortest and nearest.
Like Gay's, the result is the shortest in the rounding interval (its ends included when
the significand is even), and the nearest to the double among the shortest.
"""

# 10**e normalized to 128 bits and rounded down, for e in POW10_MIN..POW10_MAX: the high
# half at POW10_TABLE + 16 (e - POW10_MIN), the low half after it. Computed on first use
# (pow10_table_init), so that it takes no room in the module.
POW10_MIN = -342
POW10_MAX = 324
POW10_TABLE = data_zero((POW10_MAX - POW10_MIN + 1) * 16)
POW10_READY: i32 = 0
# A 1312-bit number, 41 words of 32 bits, least significant first.
POW10_BIG_WORDS = 41
POW10_BIG = data_zero(POW10_BIG_WORDS * 4)

FLOAT_REPR_DIGITS = data_zero(32)
FLOAT_REPR_BUFFER = data_zero(48)
# The result of shortest_decimal: DEC_SIGNIFICAND * 10**DEC_EXPONENT.
DEC_SIGNIFICAND: i64 = 0
DEC_EXPONENT: i32 = 0


def mul_hi64(a: i64, b: i64) -> i64:
    """The high 64 bits of the 128-bit product of a and b, both unsigned."""
    a_lo: i64 = a & 0xFFFFFFFF
    a_hi: i64 = shr_u(a, 32)
    b_lo: i64 = b & 0xFFFFFFFF
    b_hi: i64 = shr_u(b, 32)
    lo_lo: i64 = a_lo * b_lo
    hi_lo: i64 = a_hi * b_lo
    lo_hi: i64 = a_lo * b_hi
    hi_hi: i64 = a_hi * b_hi
    # At most (2**32 - 1) + (2**32 - 1) + (2**32 - 1)**2: no carry is lost.
    cross: i64 = shr_u(lo_lo, 32) + (hi_lo & 0xFFFFFFFF) + lo_hi
    return hi_hi + shr_u(hi_lo, 32) + shr_u(cross, 32)


def pow10_big_word(n: i32, i: i32) -> i64:
    if i < 0 or i >= n:
        return 0
    return u64(load_i32(POW10_BIG + i * 4))


def pow10_big_bits(n: i32, p: i32) -> i64:
    """Bits p .. p + 63 of the n-word number in POW10_BIG (0 below bit 0)."""
    w: i32 = p >> 5
    s: i32 = p & 31
    if s == 0:
        return pow10_big_word(n, w) | (pow10_big_word(n, w + 1) << 32)
    return (shr_u(pow10_big_word(n, w), i64(s)) | (pow10_big_word(n, w + 1) << i64(32 - s))
            | (pow10_big_word(n, w + 2) << i64(64 - s)))


def pow10_big_store_top(n: i32, row: i32) -> None:
    """Store the top 128 bits of the number in POW10_BIG (shifted up if it is shorter)."""
    top: i32 = n - 1
    while load_i32(POW10_BIG + top * 4) == 0:
        top -= 1
    length: i32 = top * 32 + 32 - clz(load_i32(POW10_BIG + top * 4))
    store_i64(row, pow10_big_bits(n, length - 64))
    store_i64(row, pow10_big_bits(n, length - 128), 8)


def pow10_table_init() -> None:
    """Fill POW10_TABLE exactly: 10**e for e >= 0 by multiplying by ten (10**324 fits in
    34 words), and for e < 0 the top of floor(2**1280 / 10**-e), dividing by ten -e times
    (a floor of a floor is the floor of the whole quotient)."""
    memory_fill(POW10_BIG, 0, POW10_BIG_WORDS * 4)
    store_i32(POW10_BIG, 1)
    for e in range(0, POW10_MAX + 1):
        pow10_big_store_top(34, POW10_TABLE + (e - POW10_MIN) * 16)
        carry: i64 = 0
        for i in range(0, 34):
            t: i64 = u64(load_i32(POW10_BIG + i * 4)) * 10 + carry
            store_i32(POW10_BIG + i * 4, i32(t))
            carry = shr_u(t, 32)
    memory_fill(POW10_BIG, 0, POW10_BIG_WORDS * 4)
    store_i32(POW10_BIG + 40 * 4, 1)
    for k in range(1, 1 - POW10_MIN):
        rest: i64 = 0
        j: i32 = 40
        while j >= 0:
            current: i64 = (rest << 32) | u64(load_i32(POW10_BIG + j * 4))
            quotient: i64 = current // 10
            store_i32(POW10_BIG + j * 4, i32(quotient))
            rest = current - quotient * 10
            j -= 1
        pow10_big_store_top(41, POW10_TABLE + (0 - k - POW10_MIN) * 16)
    POW10_READY = 1


def round_to_odd(g_hi: i64, g_lo: i64, cp: i64) -> i64:
    """floor(g * cp / 2**128), with its lowest bit set when the rest is not (nearly) 0."""
    x_hi: i64 = mul_hi64(g_lo, cp)
    y_hi: i64 = mul_hi64(g_hi, cp)
    z: i64 = g_hi * cp + x_hi
    if lt_u(z, x_hi):
        y_hi += 1
    return y_hi | i64(gt_u(z, 1))


def shortest_decimal(b: i64) -> None:
    """DEC_SIGNIFICAND * 10**DEC_EXPONENT: the shortest decimal that rounds to the
    positive, finite, non-zero double whose bits are b, and the nearest of the shortest."""
    if not POW10_READY:
        pow10_table_init()
    fraction: i64 = b & 0xFFFFFFFFFFFFF
    biased: i32 = i32(shr_u(b, 52))
    c: i64 = fraction
    q: i32 = -1074
    if biased != 0:
        c = fraction | 0x10000000000000
        q = biased - 1075
        if q <= 0 and q > -53:
            # An integer below 2**53 is its own shortest decimal.
            mask: i64 = (1 << i64(0 - q)) - 1
            if (c & mask) == 0:
                DEC_SIGNIFICAND = c >> i64(0 - q)
                DEC_EXPONENT = 0
                return
    even: i32 = i32(c & 1) == 0
    closer: i32 = fraction == 0 and biased > 1  # the gap below is half the gap above
    cbl: i64 = 4 * c - 2 + i64(closer)
    cb: i64 = 4 * c
    cbr: i64 = 4 * c + 2
    # floor(log10(2**q)), or floor(log10(3/4 2**q)) when the gap below is the smaller.
    k: i32 = (q * 1262611 - (524031 if closer else 0)) >> 22
    # h = q + floor(log2(10**-k)) + 1, in 1..4.
    h: i64 = i64(q + (((0 - k) * 1741647) >> 19) + 1)
    row: i32 = POW10_TABLE + ((0 - k) - POW10_MIN) * 16
    g_hi: i64 = load_i64(row)
    g_lo: i64 = load_i64(row, 8)
    if k > 0 or k < -55:
        # 10**-k is not exact in 128 bits: round the approximation up.
        g_lo += 1
        if g_lo == 0:
            g_hi += 1
    vbl: i64 = round_to_odd(g_hi, g_lo, cbl << h)
    vb: i64 = round_to_odd(g_hi, g_lo, cb << h)
    vbr: i64 = round_to_odd(g_hi, g_lo, cbr << h)
    lower: i64 = vbl
    upper: i64 = vbr
    if not even:
        lower += 1
        upper -= 1
    s: i64 = vb >> 2
    if s >= 10:
        # One digit fewer: 10 floor(s/10) or 10 floor(s/10) + 10, if just one is inside.
        sp: i64 = s // 10
        up_inside: i32 = lower <= 40 * sp
        wp_inside: i32 = 40 * sp + 40 <= upper
        if up_inside != wp_inside:
            DEC_SIGNIFICAND = sp + i64(wp_inside)
            DEC_EXPONENT = k + 1
            return
    u_inside: i32 = lower <= 4 * s
    w_inside: i32 = 4 * s + 4 <= upper
    if u_inside != w_inside:
        DEC_SIGNIFICAND = s + i64(w_inside)
        DEC_EXPONENT = k
        return
    # Both s and s + 1 are inside: the nearer, and the even one on a tie.
    mid: i64 = 4 * s + 2
    round_up: i32 = vb > mid or (vb == mid and (s & 1) != 0)
    DEC_SIGNIFICAND = s + i64(round_up)
    DEC_EXPONENT = k


def float_repr(f: f64) -> obj:
    """repr(f) (and str(f)): CPython's 'r' format, e.g. 0.1, 100.0, 1e+16, 1.5e-07, -0.0,
    inf, nan."""
    b: i64 = bits_of_f64(f)
    negative: i32 = b < 0
    b = b & 0x7FFFFFFFFFFFFFFF
    if b >= 0x7FF0000000000000:
        if b > 0x7FF0000000000000:
            return new_ref("nan")
        if negative:
            return new_ref("-inf")
        return new_ref("inf")
    out: i32 = FLOAT_REPR_BUFFER
    if negative:
        store_u8(out, 45)
        out += 1
    if b == 0:
        store_u8(out, 48)
        store_u8(out, 46, 1)
        store_u8(out, 48, 2)
        return str_from_ascii(FLOAT_REPR_BUFFER, out + 3 - FLOAT_REPR_BUFFER)
    shortest_decimal(b)
    s: i64 = DEC_SIGNIFICAND
    e: i32 = DEC_EXPONENT
    while s % 10 == 0:
        s = s // 10
        e += 1
    end: i32 = FLOAT_REPR_DIGITS + 32
    p: i32 = end
    while s != 0:
        p -= 1
        store_u8(p, i32(s % 10) + 48)
        s = s // 10
    n: i32 = end - p
    # The value is 0.d1 d2 ... dn times 10**decpt.
    decpt: i32 = e + n
    if decpt <= -4 or decpt > 16:
        store_u8(out, load_u8(p))
        out += 1
        if n > 1:
            store_u8(out, 46)
            memory_copy(out + 1, p + 1, n - 1)
            out += n
        x: i32 = decpt - 1
        store_u8(out, 101)
        if x < 0:
            store_u8(out, 45, 1)
            x = 0 - x
        else:
            store_u8(out, 43, 1)
        out += 2
        if x >= 100:
            store_u8(out, 48 + x // 100)
            out += 1
        store_u8(out, 48 + (x // 10) % 10)
        store_u8(out, 48 + x % 10, 1)
        out += 2
    elif decpt <= 0:
        store_u8(out, 48)
        store_u8(out, 46, 1)
        out += 2
        memory_fill(out, 48, 0 - decpt)
        out += 0 - decpt
        memory_copy(out, p, n)
        out += n
    elif decpt < n:
        memory_copy(out, p, decpt)
        out += decpt
        store_u8(out, 46)
        memory_copy(out + 1, p + decpt, n - decpt)
        out += n - decpt + 1
    else:
        memory_copy(out, p, n)
        out += n
        memory_fill(out, 48, decpt - n)
        out += decpt - n
        store_u8(out, 46)
        store_u8(out, 48, 1)
        out += 2
    return str_from_ascii(FLOAT_REPR_BUFFER, out - FLOAT_REPR_BUFFER)
