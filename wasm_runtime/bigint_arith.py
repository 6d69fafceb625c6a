"""Signed arithmetic on int objects (layout in bigint.py), as CPython's long_add, long_mul,
l_divmod, long_pow, long_bitwise and the shifts. Operands are borrowed int objects
(normalized; views allowed); each result is a new normalized object, or 0 after raising.
"""

# Shift counts split by big_shift_count: count = BIG_WORD_SHIFT * 30 + BIG_BIT_SHIFT.
BIG_WORD_SHIFT: i64 = 0
BIG_BIT_SHIFT: i32 = 0


def big_compare(a: i32, b: i32) -> i32:
    """-1, 0 or 1 comparing the values of a and b."""
    sa: i32 = load_i32(a, BIG_SIZE)
    sb: i32 = load_i32(b, BIG_SIZE)
    if sa != sb:
        return -1 if sa < sb else 1
    c: i32 = digits_compare(a + BIG_DIGITS, big_count(a), b + BIG_DIGITS, big_count(b))
    return 0 - c if sa < 0 else c


def big_add_abs(a: i32, b: i32, negative: i32) -> i32:
    """|a| + |b|, negative when asked."""
    na: i32 = big_count(a)
    nb: i32 = big_count(b)
    if na < nb:
        t: i32 = a
        a = b
        b = t
        tn: i32 = na
        na = nb
        nb = tn
    z: i32 = big_new(na + 1)
    if z == 0:
        return 0
    digits_add(z + BIG_DIGITS, a + BIG_DIGITS, na, b + BIG_DIGITS, nb)
    big_set_count(z, na + 1, negative)
    return z


def big_sub_abs(a: i32, b: i32, negative: i32) -> i32:
    """|a| - |b|, negated when asked."""
    na: i32 = big_count(a)
    nb: i32 = big_count(b)
    c: i32 = digits_compare(a + BIG_DIGITS, na, b + BIG_DIGITS, nb)
    if c == 0:
        return big_zero()
    if c < 0:
        t: i32 = a
        a = b
        b = t
        tn: i32 = na
        na = nb
        nb = tn
        negative = not negative
    z: i32 = big_new(na)
    if z == 0:
        return 0
    digits_sub(z + BIG_DIGITS, a + BIG_DIGITS, na, b + BIG_DIGITS, nb)
    big_set_count(z, na, negative)
    return z


def big_add(a: i32, b: i32, subtract: i32) -> i32:
    """a + b, or a - b when subtract."""
    negative_a: i32 = big_negative(a)
    negative_b: i32 = big_negative(b) != subtract if big_count(b) != 0 else 0
    if negative_a == negative_b:
        return big_add_abs(a, b, negative_a)
    return big_sub_abs(a, b, negative_a)


def big_add_digit_abs(p: i32, d: i32) -> i32:
    """|p| + d for a digit d."""
    n: i32 = big_count(p)
    z: i32 = big_new(n + 1)
    if z == 0:
        return 0
    memory_copy(z + BIG_DIGITS, p + BIG_DIGITS, n << 2)
    store_i32(z + BIG_DIGITS + (n << 2), 0)
    store_i32(BIG_ONE_DIGIT, d)
    digits_iadd(z + BIG_DIGITS, n + 1, BIG_ONE_DIGIT, 1)
    big_set_count(z, n + 1, 0)
    return z


BIG_ONE_DIGIT = data_zero(8)


def big_mul(a: i32, b: i32) -> i32:
    na: i32 = big_count(a)
    nb: i32 = big_count(b)
    z: i32 = big_new(na + nb)
    if z == 0:
        return 0
    if na == 0 or nb == 0:
        store_i32(z, 0, BIG_SIZE)
        return z
    if digits_mul(z + BIG_DIGITS, a + BIG_DIGITS, na, b + BIG_DIGITS, nb) < 0:
        free(z)
        return 0
    big_set_count(z, na + nb, big_negative(a) != big_negative(b))
    return z


def big_divrem_abs(a: i32, b: i32) -> i32:
    """BIG_QUOTIENT = |a| // |b| and BIG_REMAINDER = |a| % |b| (new objects), b not 0;
    0, or -1 after raising."""
    na: i32 = big_count(a)
    nb: i32 = big_count(b)
    q: i32 = 0
    r: i32 = 0
    if digits_compare(a + BIG_DIGITS, na, b + BIG_DIGITS, nb) < 0:
        q = big_zero()
        if q == 0:
            return -1
        r = big_copy(a, 0)
        if r == 0:
            free(q)
            return -1
    elif nb == 1:
        q = big_new(na)
        if q == 0:
            return -1
        rem: i32 = digits_divrem1(q + BIG_DIGITS, a + BIG_DIGITS, na, load_i32(b + BIG_DIGITS))
        big_set_count(q, na, 0)
        r = big_new(1)
        if r == 0:
            free(q)
            return -1
        store_i32(r + BIG_DIGITS, rem)
        big_set_count(r, 1, 0)
    else:
        q = big_new(na - nb + 1)
        if q == 0:
            return -1
        r = big_new(nb)
        if r == 0:
            free(q)
            return -1
        if digits_divrem_knuth(a + BIG_DIGITS, na, b + BIG_DIGITS, nb, q + BIG_DIGITS, r + BIG_DIGITS) < 0:
            free(q)
            free(r)
            return -1
        big_set_count(q, na - nb + 1, 0)
        big_set_count(r, nb, 0)
    BIG_QUOTIENT = q
    BIG_REMAINDER = r
    return 0


def big_divmod(a: i32, b: i32) -> i32:
    """Floor division of a by b (not 0): BIG_QUOTIENT = a // b, BIG_REMAINDER = a % b,
    new objects; 0, or -1 after raising."""
    if big_divrem_abs(a, b) < 0:
        return -1
    q: i32 = BIG_QUOTIENT
    r: i32 = BIG_REMAINDER
    negative_a: i32 = big_negative(a)
    negative_b: i32 = big_negative(b)
    if negative_a != negative_b and big_count(r) != 0:
        # Round the quotient down: q + 1 in magnitude, and r = |b| - r.
        q1: i32 = big_add_digit_abs(q, 1)
        free(q)
        if q1 == 0:
            free(r)
            return -1
        q = q1
        r1: i32 = big_sub_abs(b, r, 0)
        free(r)
        if r1 == 0:
            free(q)
            return -1
        r = r1
    big_set_count(q, big_count(q), negative_a != negative_b)
    big_set_count(r, big_count(r), negative_b)
    BIG_QUOTIENT = q
    BIG_REMAINDER = r
    return 0


def big_mod_positive(a: i32, m: i32) -> i32:
    """a mod m for m > 0, in [0, m)."""
    if big_divmod(a, m) < 0:
        return 0
    free(BIG_QUOTIENT)
    return BIG_REMAINDER


# Powers.


def big_power_of_two(bits: i64, negative: i32) -> i32:
    """+-2**bits."""
    if bits >= i64(BIG_MAX_DIGITS) * BIG_SHIFT:
        raise_memory_error()
        return 0
    n: i32 = i32(bits // BIG_SHIFT) + 1
    z: i32 = big_new(n)
    if z == 0:
        return 0
    memory_fill(z + BIG_DIGITS, 0, n << 2)
    store_i32(z + BIG_DIGITS + ((n - 1) << 2), 1 << i32(bits % BIG_SHIFT))
    big_set_count(z, n, negative)
    return z


def big_single_bit(p: i32) -> i64:
    """k when |p| = 2**k, else -1."""
    n: i32 = big_count(p)
    if n == 0:
        return -1
    for i in range(0, n - 1):
        if load_i32(p + BIG_DIGITS + (i << 2)) != 0:
            return -1
    top: i32 = load_i32(p + BIG_DIGITS + ((n - 1) << 2))
    if popcnt(top) != 1:
        return -1
    return i64(n - 1) * BIG_SHIFT + i64(ctz(top))


def big_mul_into(x: i32, y: i32) -> i32:
    """x * y, freeing x (the running value of a power)."""
    z: i32 = big_mul(x, y)
    free(x)
    return z


def big_pow(a: i32, e: i64) -> i32:
    """a ** e for 0 < e < 2**47 and |a| >= 2, left to right by squaring."""
    negative: i32 = big_negative(a) and (e & 1) != 0
    k: i64 = big_single_bit(a)
    if k >= 0:
        if k > (i64(BIG_MAX_DIGITS) * BIG_SHIFT) // e:
            raise_memory_error()
            return 0
        return big_power_of_two(k * e, negative)
    # The result has more than (bits(a) - 1) * e bits.
    if big_bit_length(a) - 1 > (i64(BIG_MAX_DIGITS) * BIG_SHIFT) // e:
        raise_memory_error()
        return 0
    z: i32 = big_copy(a, 0)
    bit: i64 = 62 - i64(clz(e))
    while z != 0 and bit >= 0:
        z = big_mul_into(z, z)
        if z != 0 and (shr_u(e, bit) & 1) != 0:
            z = big_mul_into(z, a)
        bit -= 1
    if z != 0:
        big_set_count(z, big_count(z), negative)
    return z


def big_mulmod_into(x: i32, y: i32, m: i32) -> i32:
    """x * y mod m (m > 0), freeing x."""
    z: i32 = big_mul(x, y)
    free(x)
    if z == 0:
        return 0
    r: i32 = big_mod_positive(z, m)
    free(z)
    return r


def big_invmod(a: i32, n: i32) -> i32:
    """The inverse of a modulo n > 1 (CPython's long_invmod); ValueError when there is
    none."""
    x: i32 = big_copy(a, big_negative(a))
    y: i32 = big_copy(n, 0)
    b: i32 = big_from_i64(1)
    c: i32 = big_zero()
    if x == 0 or y == 0 or b == 0 or c == 0:
        big_free4(x, y, b, c)
        return 0
    # Invariant of the extended Euclid: b * a = x and c * a = y (mod n).
    while big_count(y) != 0:
        if big_divmod(x, y) < 0:
            big_free4(x, y, b, c)
            return 0
        q: i32 = BIG_QUOTIENT
        free(x)
        x = y
        y = BIG_REMAINDER
        t: i32 = big_mul(q, c)
        free(q)
        if t == 0:
            big_free4(x, y, b, c)
            return 0
        s: i32 = big_add(b, t, 1)
        free(t)
        if s == 0:
            big_free4(x, y, b, c)
            return 0
        free(b)
        b = c
        c = s
    one: i32 = big_count(x) == 1 and load_i32(x + BIG_DIGITS) == 1 and not big_negative(x)
    free(x)
    free(y)
    free(c)
    if not one:
        free(b)
        raise_new(EXC_VALUE_ERROR, "base is not invertible for the given modulus")
        return 0
    return b


def big_free4(a: i32, b: i32, c: i32, d: i32) -> None:
    if a != 0:
        free(a)
    if b != 0:
        free(b)
    if c != 0:
        free(c)
    if d != 0:
        free(d)


def big_pow_mod(base: i32, e: i32, modulus: i32) -> i32:
    """pow(base, e, modulus) (CPython's long_pow with a modulus)."""
    if big_count(modulus) == 0:
        raise_new(EXC_VALUE_ERROR, "pow() 3rd argument cannot be 0")
        return 0
    negative_output: i32 = big_negative(modulus)
    c: i32 = big_copy(modulus, 0)
    if c == 0:
        return 0
    if big_count(c) == 1 and load_i32(c + BIG_DIGITS) == 1:
        free(c)
        return big_zero()
    a: i32 = 0
    if big_negative(e):
        a = big_invmod(base, c)
    else:
        a = big_copy(base, big_negative(base))
    if a == 0:
        free(c)
        return 0
    # Reduce the base into [0, c).
    if big_negative(a) or big_count(a) >= big_count(c):
        r: i32 = big_mod_positive(a, c)
        free(a)
        a = r
        if a == 0:
            free(c)
            return 0
    z: i32 = 0
    if big_count(c) == 1 and load_i32(c + BIG_DIGITS) < 0x80000:
        # Small modulus (< 2**19): machine arithmetic, products below 2**38.
        m: i64 = i64(load_i32(c + BIG_DIGITS))
        x: i64 = big_small_value(a) if big_count(a) <= 2 else 0
        y: i64 = 1 % m
        ne: i32 = big_count(e)
        i: i32 = ne - 1
        while i >= 0:
            d: i32 = load_i32(e + BIG_DIGITS + (i << 2))
            for bit in range(29, -1, -1):
                y = (y * y) % m
                if (d >> bit) & 1:
                    y = (y * x) % m
            i -= 1
        z = big_from_i64(y)
    else:
        z = big_from_i64(1)
        ne2: i32 = big_count(e)
        j: i32 = ne2 - 1
        while z != 0 and j >= 0:
            dj: i32 = load_i32(e + BIG_DIGITS + (j << 2))
            bj: i32 = 29
            while z != 0 and bj >= 0:
                z = big_mulmod_into(z, z, c)
                if z != 0 and ((dj >> bj) & 1) != 0:
                    z = big_mulmod_into(z, a, c)
                bj -= 1
            j -= 1
    free(a)
    if z != 0 and negative_output and big_count(z) != 0:
        w: i32 = big_sub_abs(z, c, 0)  # z - c with z < c: negative
        free(z)
        z = w
    free(c)
    return z


# Bitwise operations and shifts.


def big_twos_complement(p: i32) -> i32:
    """A temporary object holding the two's complement of negative p in its count of
    digits (p itself when p >= 0)."""
    if not big_negative(p):
        return p
    n: i32 = big_count(p)
    z: i32 = big_new(n)
    if z == 0:
        return 0
    digits_complement(z + BIG_DIGITS, p + BIG_DIGITS, n)
    return z


def big_bitwise(op: i32, a: i32, b: i32) -> i32:
    """a & b, a | b or a ^ b (OP_AND, OP_OR, OP_XOR): CPython's long_bitwise, on two's
    complements of infinite width."""
    negative_a: i32 = big_negative(a)
    negative_b: i32 = big_negative(b)
    na: i32 = big_count(a)
    nb: i32 = big_count(b)
    ca: i32 = big_twos_complement(a)
    if ca == 0:
        return 0
    cb: i32 = big_twos_complement(b)
    if cb == 0:
        if ca != a:
            free(ca)
        return 0
    x: i32 = ca
    y: i32 = cb
    negative_x: i32 = negative_a
    negative_y: i32 = negative_b
    nx: i32 = na
    ny: i32 = nb
    if na < nb:
        x = cb
        y = ca
        negative_x = negative_b
        negative_y = negative_a
        nx = nb
        ny = na
    negative_z: i32 = 0
    size_z: i32 = 0
    if op == OP_AND:
        negative_z = negative_x and negative_y
        size_z = nx if negative_y else ny
    elif op == OP_OR:
        negative_z = negative_x or negative_y
        size_z = ny if negative_y else nx
    else:
        negative_z = negative_x != negative_y
        size_z = nx
    z: i32 = big_new(size_z + negative_z)
    if z != 0:
        dx: i32 = x + BIG_DIGITS
        dy: i32 = y + BIG_DIGITS
        dz: i32 = z + BIG_DIGITS
        for i in range(0, ny):
            u: i32 = load_i32(dx + (i << 2))
            v: i32 = load_i32(dy + (i << 2))
            w: i32 = u & v if op == OP_AND else (u | v if op == OP_OR else u ^ v)
            store_i32(dz + (i << 2), w)
        flip: i32 = BIG_MASK if op == OP_XOR and negative_y else 0
        for i in range(ny, size_z):
            store_i32(dz + (i << 2), load_i32(dx + (i << 2)) ^ flip)
        if negative_z:
            store_i32(dz + (size_z << 2), BIG_MASK)
            digits_complement(dz, dz, size_z + 1)
        big_set_count(z, size_z + negative_z, negative_z)
    if ca != a:
        free(ca)
    if cb != b:
        free(cb)
    return z


def big_shift_count(p: i32) -> None:
    """Split the shift count p >= 0 as CPython's divmod_shift: BIG_WORD_SHIFT digits and
    BIG_BIT_SHIFT bits; counts past 2**61 digits are clipped (a right shift then gives
    0 or -1 and a left shift OverflowError)."""
    n: i32 = big_count(p)
    clipped: i64 = ((1 << 63) - 1) // 4
    BIG_BIT_SHIFT = 0
    if n > 3:
        BIG_WORD_SHIFT = clipped
        return
    high: i64 = big_digit(p, 2) << BIG_SHIFT | big_digit(p, 1)
    quotient_high: i64 = high // BIG_SHIFT
    low: i64 = ((high % BIG_SHIFT) << BIG_SHIFT) | big_digit(p, 0)
    if quotient_high >= (1 << 31):
        BIG_WORD_SHIFT = clipped
        return
    BIG_WORD_SHIFT = (quotient_high << BIG_SHIFT) + low // BIG_SHIFT
    BIG_BIT_SHIFT = i32(low % BIG_SHIFT)
    if BIG_WORD_SHIFT >= clipped:
        BIG_WORD_SHIFT = clipped
        BIG_BIT_SHIFT = 0


def big_lshift(a: i32, words: i64, bits: i32) -> i32:
    """a << (words * 30 + bits) for a not 0."""
    na: i32 = big_count(a)
    size: i64 = i64(na) + words + (1 if bits != 0 else 0)
    if size > CPYTHON_MAX_LONG_DIGITS:
        raise_new(EXC_OVERFLOW_ERROR, "too many digits in integer")
        return 0
    if size > BIG_MAX_DIGITS:
        raise_memory_error()
        return 0
    n: i32 = i32(size)
    w: i32 = i32(words)
    z: i32 = big_new(n)
    if z == 0:
        return 0
    memory_fill(z + BIG_DIGITS, 0, w << 2)
    carry: i32 = digits_lshift(z + BIG_DIGITS + (w << 2), a + BIG_DIGITS, na, bits)
    if bits != 0:
        store_i32(z + BIG_DIGITS + ((n - 1) << 2), carry)
    big_set_count(z, n, big_negative(a))
    return z


def big_rshift(a: i32, words: i64, bits: i32) -> i32:
    """a >> (words * 30 + bits), rounding toward minus infinity."""
    na: i32 = big_count(a)
    negative: i32 = big_negative(a)
    if words >= i64(na):
        return big_from_i64(-1 if negative else 0)
    w: i32 = i32(words)
    n: i32 = na - w
    z: i32 = big_new(n + 1)
    if z == 0:
        return 0
    store_i32(z + BIG_DIGITS + (n << 2), 0)
    lost: i32 = digits_rshift(z + BIG_DIGITS, a + BIG_DIGITS + (w << 2), n, bits)
    if negative:
        for i in range(0, w):
            lost = lost | load_i32(a + BIG_DIGITS + (i << 2))
        if lost != 0:
            store_i32(BIG_ONE_DIGIT, 1)
            digits_iadd(z + BIG_DIGITS, n + 1, BIG_ONE_DIGIT, 1)
    big_set_count(z, n + 1, negative)
    return z
