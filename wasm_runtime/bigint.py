"""Big ints: Python's unbounded ints beyond the small-int range, as heap objects.

An int object (TYPE_INT) has CPython's layout, 30-bit digits, least significant first:

    +0   i32  reference count        +4   i32  TYPE_INT
    +8   i32  signed digit count: |count| digits, count < 0 for a negative value
    +12  u32  digits[|count|], each below 2**30

A heap int's value is always outside the small-int range [-2**47, 2**47): it has at least
two digits and its top digit is not 0. Every operation returns a result inside that
range as a small int (`big_finish`). The unboxed INT forms (values.py) carry the sign as well:
INT_BIG_BASE + address for a positive heap int, -(INT_BIG_BASE + address) for a negative
one. Heap ints are immutable once made.

Inside, the algorithms take int objects in this layout that may also be temporary: not
normalized, zero (count 0), or a small int written into one of the static views
(BIG_VIEW_*, never freed), so that every operand is read one way. They return a new
normalized object, or 0 after raising. Files:
  bigint.py         the layout, objects, INT forms, and the interface other code calls
  bigint_arith.py   signed arithmetic on int objects: + - * // % ** & | ^ << >>, pow(b, e, m)
  bigint_digits.py  kernels on digit arrays: add, sub, schoolbook and Karatsuba products,
                    Knuth's division, shifts
  bigint_text.py    str(), hex/oct/bin, int(str, base), literals
  bigint_float.py   int <-> float, true division, comparison with floats, hash

Conventions: INT form and obj arguments are borrowed; INT form and obj results are new
references. A function returning an INT form raises and returns 0 (callers test
EXC_CURRENT), one returning obj returns ERROR_VALUE.
"""

BIG_SHIFT = 30
BIG_RADIX = 1 << 30
BIG_MASK = (1 << 30) - 1
BIG_SIZE = 8
BIG_DIGITS = 12
BIG_MAX_DIGITS = (MAX_ALLOC - BIG_DIGITS) >> 2
# int_medium's answer for an int of 2**62 or more in magnitude (no medium int equals it).
NOT_MEDIUM = -(1 << 63)
# CPython's MAX_LONG_DIGITS on 64 bits: beyond it, "too many digits in integer".
CPYTHON_MAX_LONG_DIGITS = ((1 << 63) - 1 - 24) // 4

# Views: a small int written as an int object, to be read as an operand.
BIG_VIEW_A = data_zero(32)
BIG_VIEW_B = data_zero(32)
BIG_VIEW_C = data_zero(32)
# The second result of functions with two (quotient and remainder).
BIG_QUOTIENT: i32 = 0
BIG_REMAINDER: i32 = 0


# Int objects.


def big_new(n: i32) -> i32:
    """A new int object of n digits (count n, digits not set), or 0 after MemoryError."""
    if lt_u(BIG_MAX_DIGITS, n):
        raise_memory_error()
        return 0
    p: i32 = alloc(BIG_DIGITS + (n << 2))
    if p == 0:
        raise_memory_error()
        return 0
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_INT, OB_TYPE)
    store_i32(p, n, BIG_SIZE)
    return p


def big_count(p: i32) -> i32:
    """The number of digits of int object p."""
    n: i32 = load_i32(p, BIG_SIZE)
    return n if n >= 0 else 0 - n


def big_negative(p: i32) -> i32:
    return load_i32(p, BIG_SIZE) < 0


def big_digits(p: i32) -> i32:
    return p + BIG_DIGITS


def big_digit(p: i32, i: i32) -> i64:
    """Digit i of p, 0 past its top."""
    if i >= big_count(p):
        return 0
    return i64(load_i32(p + BIG_DIGITS + (i << 2)))


def big_set_count(p: i32, n: i32, negative: i32) -> None:
    """p's count: n digits less its zero top digits, negative when asked (and not 0)."""
    n = digits_top(p + BIG_DIGITS, n)
    store_i32(p, 0 - n if negative else n, BIG_SIZE)


def big_normalize(p: i32) -> i32:
    """p without its zero top digits; p (0 stays 0, for errors)."""
    if p != 0:
        big_set_count(p, big_count(p), big_negative(p))
    return p


def big_zero() -> i32:
    return big_new(0)


def big_copy(p: i32, negative: i32) -> i32:
    """A new object of |p|, negative when asked."""
    n: i32 = big_count(p)
    z: i32 = big_new(n)
    if z == 0:
        return 0
    memory_copy(z + BIG_DIGITS, p + BIG_DIGITS, n << 2)
    big_set_count(z, n, negative)
    return z


def big_bit_length(p: i32) -> i64:
    n: i32 = big_count(p)
    if n == 0:
        return 0
    return i64(n - 1) * BIG_SHIFT + i64(digit_bit_length(load_i32(p + BIG_DIGITS + ((n - 1) << 2))))


def big_set_i64(p: i32, v: i64) -> None:
    """Write the value v into p (room for 3 digits)."""
    m: i64 = v if v >= 0 else 0 - v  # the most negative i64 stays itself: read unsigned
    n: i32 = 0
    while m != 0:
        store_i32(p + BIG_DIGITS + (n << 2), i32(m & BIG_MASK))
        m = shr_u(m, BIG_SHIFT)
        n += 1
    store_i32(p, 0 - n if v < 0 else n, BIG_SIZE)


def big_from_i64(v: i64) -> i32:
    """A new int object of value v."""
    p: i32 = big_new(3)
    if p != 0:
        big_set_i64(p, v)
    return p


def big_small_value(p: i32) -> i64:
    """The value of p, which has at most 2 digits."""
    n: i32 = big_count(p)
    m: i64 = 0
    if n >= 1:
        m = i64(load_i32(p + BIG_DIGITS))
    if n >= 2:
        m = m | (i64(load_i32(p + BIG_DIGITS + 4)) << BIG_SHIFT)
    return 0 - m if big_negative(p) else m


# INT forms.


def big_ptr(v: i64) -> i32:
    """The object of a big INT form."""
    if v < 0:
        v = 0 - v
    return i32(v - INT_BIG_BASE)


def big_form(p: i32) -> i64:
    """The INT form of heap int p (normalized and big; the reference moves)."""
    f: i64 = INT_BIG_BASE + u64(p)
    return 0 - f if big_negative(p) else f


def big_finish(p: i32) -> i64:
    """The INT form of a new normalized object p: a small int (p freed) when it fits.
    0 (an error passing through) for p = 0."""
    if p == 0:
        return 0
    if big_count(p) <= 2:
        m: i64 = big_small_value(p)
        if fits_small_int(m):
            free(p)
            return m
    return big_form(p)


def big_view(v: i64, view: i32) -> i32:
    """An int object to read the INT form v from: its own, or a view for a small int."""
    if fits_small_int(v):
        big_set_i64(view, v)
        return view
    return big_ptr(v)


def big_view_obj(v: obj, view: i32) -> i32:
    """An int object to read the int-like boxed v from."""
    if is_small_int_like(v):
        big_set_i64(view, unbox_int(v))
        return view
    return i32(v)


def int_form_of(v: obj) -> i64:
    """The INT form of an int-like boxed v, borrowed (no reference taken)."""
    if is_small_int_like(v):
        return unbox_int(v)
    return big_form(i32(v))


def int_from_i64(v: i64) -> i64:
    """The INT form of any i64 value (a new reference when big)."""
    if fits_small_int(v):
        return v
    return big_form(big_from_i64(v))


def int_box(v: i64) -> obj:
    """An INT form as a boxed value (the reference of a big form moves to the box)."""
    if fits_small_int(v):
        return box_int(v)
    return box_ptr(big_ptr(v))


def int_unbox(v: obj) -> i64:
    """A boxed int or bool as an INT form (the reference moves)."""
    return int_form_of(v)


def int_incref(v: i64) -> None:
    if not fits_small_int(v):
        p: i32 = big_ptr(v)
        store_i32(p, load_i32(p) + 1)


def int_decref(v: i64) -> None:
    if not fits_small_int(v):
        decref(box_ptr(big_ptr(v)))


def int_dealloc(p: i32) -> None:
    free(p)


def int_box_result(v: i64) -> obj:
    """int_box of a result that may have raised."""
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return int_box(v)


# Operations on INT forms: the slow paths of compiled code.


def int_medium(v: i64) -> i64:
    """The value of INT form v when |v| < 2**62 (so that sums of two stay in an i64), else
    NOT_MEDIUM. Ints just past the small range (an LCG's products, 64-bit hashes) then
    compute in machine ints, without digit loops."""
    if fits_small_int(v):
        return v
    p: i32 = big_ptr(v)
    n: i32 = big_count(p)
    if n > 3 or big_digit(p, 2) >= 4:
        return NOT_MEDIUM
    m: i64 = big_digit(p, 0) | (big_digit(p, 1) << BIG_SHIFT) | (big_digit(p, 2) << 60)
    return 0 - m if big_negative(p) else m


def int_add_slow(a: i64, b: i64) -> i64:
    """a + b on INT forms when the inline path could not (an operand big, or overflow)."""
    ma: i64 = int_medium(a)
    mb: i64 = int_medium(b)
    if ma != NOT_MEDIUM and mb != NOT_MEDIUM:
        return int_from_i64(ma + mb)
    return big_finish(big_add(big_view(a, BIG_VIEW_A), big_view(b, BIG_VIEW_B), 0))


def int_sub_slow(a: i64, b: i64) -> i64:
    ma: i64 = int_medium(a)
    mb: i64 = int_medium(b)
    if ma != NOT_MEDIUM and mb != NOT_MEDIUM:
        return int_from_i64(ma - mb)
    return big_finish(big_add(big_view(a, BIG_VIEW_A), big_view(b, BIG_VIEW_B), 1))


def int_mul_slow(a: i64, b: i64) -> i64:
    ma: i64 = int_medium(a)
    mb: i64 = int_medium(b)
    if ma != NOT_MEDIUM and mb != NOT_MEDIUM:
        if fabs(f64(ma) * f64(mb)) < 9.0e18:
            return int_from_i64(ma * mb)
    return big_finish(big_mul(big_view(a, BIG_VIEW_A), big_view(b, BIG_VIEW_B)))


def int_floordiv_slow(a: i64, b: i64) -> i64:
    if b == 0:
        raise_zero_division("integer division or modulo by zero")
        return 0
    ma: i64 = int_medium(a)
    mb: i64 = int_medium(b)
    if ma != NOT_MEDIUM and mb != NOT_MEDIUM:
        q: i64 = ma // mb
        if ma % mb != 0 and (ma ^ mb) < 0:
            q -= 1
        return int_from_i64(q)
    if big_divmod(big_view(a, BIG_VIEW_A), big_view(b, BIG_VIEW_B)) < 0:
        return 0
    free(BIG_REMAINDER)
    return big_finish(BIG_QUOTIENT)


def int_mod_slow(a: i64, b: i64) -> i64:
    if b == 0:
        raise_zero_division("integer modulo by zero")
        return 0
    ma: i64 = int_medium(a)
    mb: i64 = int_medium(b)
    if ma != NOT_MEDIUM and mb != NOT_MEDIUM:
        r: i64 = ma % mb
        if r != 0 and (r ^ mb) < 0:
            r += mb
        return int_from_i64(r)
    if big_divmod(big_view(a, BIG_VIEW_A), big_view(b, BIG_VIEW_B)) < 0:
        return 0
    free(BIG_QUOTIENT)
    return big_finish(BIG_REMAINDER)


def int_pow_slow(a: i64, b: i64) -> i64:
    """a ** b for b >= 0."""
    if b == 0:
        return 1
    if a == 0 or a == 1:
        return a
    if a == -1:
        odd: i64 = b & 1
        if not fits_small_int(b):
            odd = big_digit(big_ptr(b), 0) & 1
        return -1 if odd else 1
    if not fits_small_int(b):
        # |a| >= 2: at least 2**(2**47) bits.
        raise_memory_error()
        return 0
    if fits_small_int(a):
        # By squaring in machine ints while the result stays small.
        result: i64 = 1
        base: i64 = a
        e: i64 = b
        while True:
            if e & 1:
                if fabs(f64(result) * f64(base)) >= 140737488355328.0:
                    break
                result = result * base
            e = e >> 1
            if e == 0:
                return result
            if fabs(f64(base) * f64(base)) >= 140737488355328.0:
                break
            base = base * base
    return big_finish(big_pow(big_view(a, BIG_VIEW_A), b))


def int_neg_slow(a: i64) -> i64:
    if fits_small_int(a):
        return int_from_i64(0 - a)
    p: i32 = big_ptr(a)
    return big_finish(big_copy(p, not big_negative(p)))


def int_abs_slow(a: i64) -> i64:
    if fits_small_int(a):
        return int_from_i64(a if a >= 0 else 0 - a)
    if a > 0:
        int_incref(a)
        return a
    return big_finish(big_copy(big_ptr(a), 0))


def int_invert_slow(a: i64) -> i64:
    """~a = -(a + 1)."""
    if fits_small_int(a):
        return a ^ -1
    big_set_i64(BIG_VIEW_B, 1)
    z: i32 = big_add(big_ptr(a), BIG_VIEW_B, 0)
    if z == 0:
        return 0
    store_i32(z, 0 - load_i32(z, BIG_SIZE), BIG_SIZE)
    return big_finish(z)


def int_bitwise_slow(op: i32, a: i64, b: i64) -> i64:
    if fits_small_int(a) and fits_small_int(b):
        if op == OP_AND:
            return a & b
        if op == OP_OR:
            return a | b
        return a ^ b
    return big_finish(big_bitwise(op, big_view(a, BIG_VIEW_A), big_view(b, BIG_VIEW_B)))


def int_and_slow(a: i64, b: i64) -> i64:
    return int_bitwise_slow(OP_AND, a, b)


def int_or_slow(a: i64, b: i64) -> i64:
    return int_bitwise_slow(OP_OR, a, b)


def int_xor_slow(a: i64, b: i64) -> i64:
    return int_bitwise_slow(OP_XOR, a, b)


def int_lshift_slow(a: i64, b: i64) -> i64:
    if b < 0:
        raise_new(EXC_VALUE_ERROR, "negative shift count")
        return 0
    if a == 0:
        return 0
    if fits_small_int(a) and b < 64:
        shifted: i64 = a << b
        if (shifted >> b) == a:
            return int_from_i64(shifted)
    big_shift_count(big_view(b, BIG_VIEW_B))
    return big_finish(big_lshift(big_view(a, BIG_VIEW_A), BIG_WORD_SHIFT, BIG_BIT_SHIFT))


def int_rshift_slow(a: i64, b: i64) -> i64:
    if b < 0:
        raise_new(EXC_VALUE_ERROR, "negative shift count")
        return 0
    if fits_small_int(a):
        if not fits_small_int(b) or b > 63:
            return -1 if a < 0 else 0
        return a >> b
    big_shift_count(big_view(b, BIG_VIEW_B))
    return big_finish(big_rshift(big_ptr(a), BIG_WORD_SHIFT, BIG_BIT_SHIFT))


def int_compare_slow(a: i64, b: i64) -> i32:
    """-1, 0 or 1 for INT forms that are not both small."""
    if fits_small_int(a) and fits_small_int(b):
        return -1 if a < b else (1 if a > b else 0)
    return big_compare(big_view(a, BIG_VIEW_A), big_view(b, BIG_VIEW_B))


def int_truediv_slow(a: i64, b: i64) -> f64:
    """a / b for INT forms, correctly rounded."""
    if b == 0:
        raise_zero_division("division by zero")
        return 0.0
    if fits_small_int(a) and fits_small_int(b):
        return f64(a) / f64(b)
    return big_true_divide(big_view(a, BIG_VIEW_A), big_view(b, BIG_VIEW_B))


# Operations on boxed ints.


def int_binary(op: i32, a: obj, b: obj) -> obj:
    """a <op> b (OP_* of ops.py and bitwise.py) for int-like a and b."""
    x: i64 = int_form_of(a)
    y: i64 = int_form_of(b)
    if op == OP_ADD:
        return int_box_result(int_add_slow(x, y))
    if op == OP_SUB:
        return int_box_result(int_sub_slow(x, y))
    if op == OP_MUL:
        return int_box_result(int_mul_slow(x, y))
    if op == OP_FLOORDIV:
        return int_box_result(int_floordiv_slow(x, y))
    if op == OP_MOD:
        return int_box_result(int_mod_slow(x, y))
    if op == OP_TRUEDIV:
        f: f64 = int_truediv_slow(x, y)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        return box_float(f)
    if op == OP_POW:
        if y < 0:
            # A float result: float(a) ** float(b), as CPython does.
            fx: f64 = int_to_float(a)
            if EXC_CURRENT != 0:
                return ERROR_VALUE
            fy: f64 = int_to_float(b)
            if EXC_CURRENT != 0:
                return ERROR_VALUE
            return float_arithmetic(OP_POW, fx, fy)
        return int_box_result(int_pow_slow(x, y))
    if op == OP_AND or op == OP_OR or op == OP_XOR:
        return int_box_result(int_bitwise_slow(op, x, y))
    if op == OP_LSHIFT:
        return int_box_result(int_lshift_slow(x, y))
    return int_box_result(int_rshift_slow(x, y))


def int_divmod(a: obj, b: obj) -> obj:
    """divmod(a, b) for int-like a and b: a tuple (a // b, a % b)."""
    x: i64 = int_form_of(a)
    y: i64 = int_form_of(b)
    if y == 0:
        return raise_new(EXC_ZERO_DIVISION_ERROR, "integer division or modulo by zero")
    q: obj = 0
    r: obj = 0
    if fits_small_int(x) and fits_small_int(y):
        q = int_box_result(int_floordiv_slow(x, y))
        if q == ERROR_VALUE:
            return q
        r = box_int(int_mod_slow(x, y))
    else:
        if big_divmod(big_view(x, BIG_VIEW_A), big_view(y, BIG_VIEW_B)) < 0:
            return ERROR_VALUE
        r = int_box(big_finish(BIG_REMAINDER))
        q = int_box(big_finish(BIG_QUOTIENT))
    t: obj = tuple_new(2)
    if t == ERROR_VALUE:
        decref(q)
        decref(r)
        return t
    tuple_set(t, 0, q)
    tuple_set(t, 1, r)
    return t


def int_pow_mod(b: obj, e: obj, m: obj) -> obj:
    """pow(b, e, m) for int-like b, e, m, as CPython 3.8+ (a negative e takes the
    inverse of b modulo m)."""
    return int_box_result(big_finish(big_pow_mod(big_view_obj(b, BIG_VIEW_A), big_view_obj(e, BIG_VIEW_B),
                                                 big_view_obj(m, BIG_VIEW_C))))


def int_equal(a: obj, b: obj) -> i32:
    """a == b for int-like a and b."""
    return int_compare(a, b) == 0


def int_compare(a: obj, b: obj) -> i32:
    """-1, 0 or 1 for int-like a and b."""
    return int_compare_slow(int_form_of(a), int_form_of(b))


def int_clamp_index(v: obj) -> i64:
    """An int-like v clamped to +-2**62, for slice bounds."""
    if is_small_int_like(v):
        return unbox_int(v)
    p: i32 = i32(v)
    limit: i64 = 1 << 62
    if big_bit_length(p) > 62:
        return 0 - limit if big_negative(p) else limit
    m: i64 = big_digit(p, 0) | (big_digit(p, 1) << BIG_SHIFT) | (big_digit(p, 2) << 60)
    return 0 - m if big_negative(p) else m


def int_from_literal(digits: obj) -> i64:
    """The INT form of an int literal's text: decimal, or 0x/0o/0b, with underscores
    (no digit limit: the compiler has checked it)."""
    n: i32 = str_size(digits)
    p: i32 = str_data(digits)
    v: i64 = big_parse_ascii(p, p + n, 0, 0)
    if v == ERROR_VALUE:
        if EXC_CURRENT == 0:
            invalid_int_text(digits, 0)
        return 0
    return v
