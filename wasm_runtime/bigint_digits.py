"""Big int kernels on digit arrays: 30-bit digits in u32 words, least significant first,
addressed by a pointer and a count (bigint.py has the layout). These are CPython's
algorithms (Objects/longobject.c): x_add, x_sub, x_mul with its squaring, k_mul
(Karatsuba) and k_lopsided_mul, inplace_divrem1, x_divrem (Knuth's algorithm D),
v_lshift, v_rshift. A kernel that allocates returns 0, or -1 after MemoryError.
"""

KARATSUBA_CUTOFF = 70
KARATSUBA_SQUARE_CUTOFF = 2 * KARATSUBA_CUTOFF


def digit_bit_length(d: i32) -> i32:
    return 32 - clz(d)


def digits_top(d: i32, n: i32) -> i32:
    """n without the zero digits at the top of d[0:n]."""
    while n > 0 and load_i32(d + ((n - 1) << 2)) == 0:
        n -= 1
    return n


def digits_compare(a: i32, na: i32, b: i32, nb: i32) -> i32:
    """-1, 0 or 1 comparing a[0:na] with b[0:nb], both without zero top digits."""
    if na != nb:
        return -1 if na < nb else 1
    i: i32 = na - 1
    while i >= 0:
        x: i32 = load_i32(a + (i << 2))
        y: i32 = load_i32(b + (i << 2))
        if x != y:
            return -1 if x < y else 1
        i -= 1
    return 0


def digits_add(z: i32, a: i32, na: i32, b: i32, nb: i32) -> i32:
    """z[0:na+1] = a[0:na] + b[0:nb] for na >= nb; na + 1. z may be a."""
    carry: i32 = 0
    i: i32 = 0
    while i < nb:
        carry += load_i32(a + (i << 2)) + load_i32(b + (i << 2))
        store_i32(z + (i << 2), carry & BIG_MASK)
        carry = carry >> BIG_SHIFT
        i += 1
    while i < na:
        carry += load_i32(a + (i << 2))
        store_i32(z + (i << 2), carry & BIG_MASK)
        carry = carry >> BIG_SHIFT
        i += 1
    store_i32(z + (na << 2), carry)
    return na + 1


def digits_sub(z: i32, a: i32, na: i32, b: i32, nb: i32) -> None:
    """z[0:na] = a[0:na] - b[0:nb] for a >= b (so na >= nb). z may be a."""
    borrow: i32 = 0
    i: i32 = 0
    while i < nb:
        borrow = load_i32(a + (i << 2)) - load_i32(b + (i << 2)) - borrow
        store_i32(z + (i << 2), borrow & BIG_MASK)
        borrow = (borrow >> BIG_SHIFT) & 1
        i += 1
    while i < na:
        borrow = load_i32(a + (i << 2)) - borrow
        store_i32(z + (i << 2), borrow & BIG_MASK)
        borrow = (borrow >> BIG_SHIFT) & 1
        i += 1


def digits_iadd(x: i32, nx: i32, y: i32, ny: i32) -> i32:
    """x[0:nx] += y[0:ny] for ny <= nx; the carry out of x."""
    carry: i32 = 0
    i: i32 = 0
    while i < ny:
        carry += load_i32(x + (i << 2)) + load_i32(y + (i << 2))
        store_i32(x + (i << 2), carry & BIG_MASK)
        carry = carry >> BIG_SHIFT
        i += 1
    while carry != 0 and i < nx:
        carry += load_i32(x + (i << 2))
        store_i32(x + (i << 2), carry & BIG_MASK)
        carry = carry >> BIG_SHIFT
        i += 1
    return carry


def digits_isub(x: i32, nx: i32, y: i32, ny: i32) -> i32:
    """x[0:nx] -= y[0:ny] for ny <= nx; the borrow out of x."""
    borrow: i32 = 0
    i: i32 = 0
    while i < ny:
        borrow = load_i32(x + (i << 2)) - load_i32(y + (i << 2)) - borrow
        store_i32(x + (i << 2), borrow & BIG_MASK)
        borrow = (borrow >> BIG_SHIFT) & 1
        i += 1
    while borrow != 0 and i < nx:
        borrow = load_i32(x + (i << 2)) - borrow
        store_i32(x + (i << 2), borrow & BIG_MASK)
        borrow = (borrow >> BIG_SHIFT) & 1
        i += 1
    return borrow


def digits_lshift(z: i32, a: i32, n: i32, d: i32) -> i32:
    """z[0:n] = a[0:n] << d (0 <= d < 30) without the top bits; those bits. z may be a."""
    carry: i64 = 0
    shift: i64 = i64(d)
    for i in range(0, n):
        acc: i64 = (i64(load_i32(a + (i << 2))) << shift) | carry
        store_i32(z + (i << 2), i32(acc & BIG_MASK))
        carry = acc >> BIG_SHIFT
    return i32(carry)


def digits_rshift(z: i32, a: i32, n: i32, d: i32) -> i32:
    """z[0:n] = a[0:n] >> d (0 <= d < 30); the bits shifted out. z may be a."""
    carry: i64 = 0
    shift: i64 = i64(d)
    mask: i64 = (i64(1) << shift) - 1
    i: i32 = n - 1
    while i >= 0:
        acc: i64 = (carry << BIG_SHIFT) | i64(load_i32(a + (i << 2)))
        store_i32(z + (i << 2), i32(acc >> shift))
        carry = acc & mask
        i -= 1
    return i32(carry)


def digits_divrem1(q: i32, a: i32, n: i32, d: i32) -> i32:
    """q[0:n] = a[0:n] // d for a digit d > 0; a % d. q may be a."""
    rem: i64 = 0
    divisor: i64 = i64(d)
    i: i32 = n - 1
    while i >= 0:
        rem = (rem << BIG_SHIFT) | i64(load_i32(a + (i << 2)))
        qd: i64 = rem // divisor
        store_i32(q + (i << 2), i32(qd))
        rem = rem - qd * divisor
        i -= 1
    return i32(rem)


def digits_mul1_add(z: i32, n: i32, m: i32, c: i32) -> i32:
    """z[0:n] = z[0:n] * m + c for m <= 2**30 and c < 2**30; the carry out."""
    carry: i64 = i64(c)
    factor: i64 = i64(m)
    for i in range(0, n):
        carry += i64(load_i32(z + (i << 2))) * factor
        store_i32(z + (i << 2), i32(carry & BIG_MASK))
        carry = carry >> BIG_SHIFT
    return i32(carry)


def digits_complement(z: i32, a: i32, n: i32) -> None:
    """z[0:n] = 2**(30n) - a[0:n], the two's complement of a in n digits. z may be a."""
    carry: i32 = 1
    for i in range(0, n):
        carry += load_i32(a + (i << 2)) ^ BIG_MASK
        store_i32(z + (i << 2), carry & BIG_MASK)
        carry = carry >> BIG_SHIFT


def digits_mul_school(z: i32, a: i32, na: i32, b: i32, nb: i32) -> None:
    """z[0:na+nb] = a * b, the grade-school way. z overlaps neither."""
    memory_fill(z, 0, (na + nb) << 2)
    for i in range(0, na):
        f: i64 = i64(load_i32(a + (i << 2)))
        if f == 0:
            continue
        carry: i64 = 0
        pz: i32 = z + (i << 2)
        for j in range(0, nb):
            carry += i64(load_i32(pz)) + f * i64(load_i32(b + (j << 2)))
            store_i32(pz, i32(carry & BIG_MASK))
            carry = carry >> BIG_SHIFT
            pz += 4
        store_i32(pz, i32(carry))


def digits_square_school(z: i32, a: i32, n: i32) -> None:
    """z[0:2n] = a * a: each cross product once, doubled (HAC 14.16, as CPython's x_mul)."""
    memory_fill(z, 0, n << 3)
    for i in range(0, n):
        f: i64 = i64(load_i32(a + (i << 2)))
        pz: i32 = z + (i << 3)
        carry: i64 = i64(load_i32(pz)) + f * f
        store_i32(pz, i32(carry & BIG_MASK))
        pz += 4
        carry = carry >> BIG_SHIFT
        f = f << 1
        for j in range(i + 1, n):
            carry += i64(load_i32(pz)) + i64(load_i32(a + (j << 2))) * f
            store_i32(pz, i32(carry & BIG_MASK))
            carry = carry >> BIG_SHIFT
            pz += 4
        if carry != 0:
            carry += i64(load_i32(pz))
            store_i32(pz, i32(carry & BIG_MASK))
            carry = carry >> BIG_SHIFT
            if carry != 0:
                store_i32(pz + 4, load_i32(pz + 4) + i32(carry))


def digits_mul(z: i32, a: i32, na: i32, b: i32, nb: i32) -> i32:
    """z[0:na+nb] = a[0:na] * b[0:nb]; z overlaps neither. 0, or -1 after MemoryError."""
    if na > nb:
        t: i32 = a
        a = b
        b = t
        tn: i32 = na
        na = nb
        nb = tn
    square: i32 = a == b and na == nb
    if square:
        if na <= KARATSUBA_SQUARE_CUTOFF:
            digits_square_school(z, a, na)
            return 0
    elif na <= KARATSUBA_CUTOFF:
        digits_mul_school(z, a, na, b, nb)
        return 0
    if 2 * na <= nb:
        return digits_mul_lopsided(z, a, na, b, nb)
    return digits_karatsuba(z, a, na, b, nb)


def digits_mul_lopsided(z: i32, a: i32, na: i32, b: i32, nb: i32) -> i32:
    """a * b for 2 * na <= nb: b in slices of na digits, each a balanced product."""
    memory_fill(z, 0, (na + nb) << 2)
    buffer: i32 = alloc((na + na) << 2)
    if buffer == 0:
        raise_memory_error()
        return -1
    done: i32 = 0
    while done < nb:
        part: i32 = nb - done
        if part > na:
            part = na
        if digits_mul(buffer, a, na, b + (done << 2), part) < 0:
            free(buffer)
            return -1
        digits_iadd(z + (done << 2), na + nb - done, buffer, na + part)
        done += part
    free(buffer)
    return 0


def digits_karatsuba(z: i32, a: i32, na: i32, b: i32, nb: i32) -> i32:
    """a * b for na <= nb < 2 * na, by Karatsuba: with a = ah*B**s + al and the same for
    b, a*b = ah*bh*B**2s + ((ah+al)*(bh+bl) - ah*bh - al*bl)*B**s + al*bl."""
    square: i32 = a == b and na == nb
    shift: i32 = nb >> 1
    ah: i32 = a + (shift << 2)
    bh: i32 = b + (shift << 2)
    nah: i32 = digits_top(ah, na - shift)
    nbh: i32 = digits_top(bh, nb - shift)
    nal: i32 = digits_top(a, shift)
    nbl: i32 = digits_top(b, shift)
    total: i32 = na + nb
    # ah*bh and al*bl go straight to their places in z (they do not overlap).
    memory_fill(z, 0, total << 2)
    if digits_mul(z + (shift << 3), ah, nah, bh, nbh) < 0:
        return -1
    if digits_mul(z, a, nal, b, nbl) < 0:
        return -1
    # The sums, then their product, in one buffer.
    nsa_cap: i32 = (nah if nah > nal else nal) + 1
    nsb_cap: i32 = (nbh if nbh > nbl else nbl) + 1
    buffer: i32 = alloc((nsa_cap + nsb_cap + nsa_cap + nsb_cap) << 2)
    if buffer == 0:
        raise_memory_error()
        return -1
    sa: i32 = buffer
    sb: i32 = buffer + (nsa_cap << 2)
    t3: i32 = sb + (nsb_cap << 2)
    nsa: i32 = 0
    if nah >= nal:
        nsa = digits_add(sa, ah, nah, a, nal)
    else:
        nsa = digits_add(sa, a, nal, ah, nah)
    nsa = digits_top(sa, nsa)
    nsb: i32 = 0
    if square:
        sb = sa
        nsb = nsa
    else:
        if nbh >= nbl:
            nsb = digits_add(sb, bh, nbh, b, nbl)
        else:
            nsb = digits_add(sb, b, nbl, bh, nbh)
        nsb = digits_top(sb, nsb)
    if digits_mul(t3, sa, nsa, sb, nsb) < 0:
        free(buffer)
        return -1
    n3: i32 = nsa + nsb
    digits_isub(t3, n3, z + (shift << 3), digits_top(z + (shift << 3), nah + nbh))
    digits_isub(t3, n3, z, digits_top(z, nal + nbl))
    digits_iadd(z + (shift << 2), total - shift, t3, digits_top(t3, n3))
    free(buffer)
    return 0


def digits_divrem_knuth(v1: i32, size_v: i32, w1: i32, size_w: i32, q: i32, r: i32) -> i32:
    """q[0:size_v-size_w+1] = v // w and r[0:size_w] = v % w for 2 <= size_w <= size_v,
    both without zero top digits: Knuth's algorithm D, as CPython's x_divrem. q gets
    every digit it has room for (the top one may be 0). 0, or -1 after MemoryError."""
    v: i32 = alloc((size_v + 1) << 2)
    if v == 0:
        raise_memory_error()
        return -1
    w: i32 = r
    # Normalize: shift w left so that its top digit has its top bit set; v the same.
    d: i32 = BIG_SHIFT - digit_bit_length(load_i32(w1 + ((size_w - 1) << 2)))
    digits_lshift(w, w1, size_w, d)
    carry: i32 = digits_lshift(v, v1, size_v, d)
    k: i32 = size_v - size_w + 1
    store_i32(q + ((k - 1) << 2), 0)
    if carry != 0 or load_i32(v + ((size_v - 1) << 2)) >= load_i32(w + ((size_w - 1) << 2)):
        store_i32(v + (size_v << 2), carry)
        size_v += 1
    k = size_v - size_w
    wm1: i64 = i64(load_i32(w + ((size_w - 1) << 2)))
    wm2: i64 = i64(load_i32(w + ((size_w - 2) << 2)))
    j: i32 = k - 1
    while j >= 0:
        vk: i32 = v + (j << 2)
        vtop: i64 = i64(load_i32(vk + (size_w << 2)))
        vv: i64 = (vtop << BIG_SHIFT) | i64(load_i32(vk + ((size_w - 1) << 2)))
        qd: i64 = vv // wm1
        rd: i64 = vv - qd * wm1
        while wm2 * qd > ((rd << BIG_SHIFT) | i64(load_i32(vk + ((size_w - 2) << 2)))):
            qd -= 1
            rd += wm1
            if rd >= BIG_RADIX:
                break
        # Subtract qd * w from vk[0:size_w+1].
        zhi: i64 = 0
        for i in range(0, size_w):
            zz: i64 = i64(load_i32(vk + (i << 2))) + zhi - qd * i64(load_i32(w + (i << 2)))
            store_i32(vk + (i << 2), i32(zz & BIG_MASK))
            zhi = zz >> BIG_SHIFT
        if vtop + zhi < 0:
            # qd was one too large: add w back.
            c: i32 = 0
            for i in range(0, size_w):
                c += load_i32(vk + (i << 2)) + load_i32(w + (i << 2))
                store_i32(vk + (i << 2), c & BIG_MASK)
                c = c >> BIG_SHIFT
            qd -= 1
        store_i32(q + (j << 2), i32(qd))
        j -= 1
    # The remainder is v[0:size_w] shifted back.
    digits_rshift(r, v, size_w, d)
    free(v)
    return 0
