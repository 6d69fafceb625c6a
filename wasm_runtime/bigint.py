"""Big ints: ints beyond the small-int range, as heap objects (TYPE_INT).

STUB: the interface below is fixed (compiled code and the other runtime files call it);
the bodies are being written. See values.py for the unboxed INT forms (small or big).
"""


def int_add_slow(a: i64, b: i64) -> i64:
    """a + b on INT forms when the inline path could not (an operand big, or overflow)."""
    raise_overflow_int()
    return 0


def int_sub_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_mul_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_floordiv_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_mod_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_pow_slow(a: i64, b: i64) -> i64:
    """a ** b for b >= 0."""
    raise_overflow_int()
    return 0


def int_neg_slow(a: i64) -> i64:
    raise_overflow_int()
    return 0


def int_compare_slow(a: i64, b: i64) -> i32:
    """-1, 0 or 1 for INT forms that are not both small."""
    return 0


def int_incref(v: i64) -> None:
    pass


def int_decref(v: i64) -> None:
    pass


def int_box(v: i64) -> obj:
    """An INT form as a boxed value (the reference of a big form moves to the box)."""
    return box_int(v)


def int_unbox(v: obj) -> i64:
    """A boxed int or bool as an INT form (the reference moves)."""
    return unbox_int(v)


def int_from_literal(digits: obj) -> i64:
    """The INT form of a decimal literal's digits."""
    raise_overflow_int()
    return 0


def int_binary(op: i32, a: obj, b: obj) -> obj:
    """a <op> b (OP_* of ops.py) for int-like a and b when one is a big int."""
    raise_overflow_int()
    return ERROR_VALUE


def int_clamp_index(v: obj) -> i64:
    """A big int clamped to +-2**62, for slice bounds."""
    return 0


def int_dealloc(p: i32) -> None:
    free(p)


def int_to_decimal(v: obj) -> obj:
    """str(v) for a big int (ValueError past CPython's 4300-digit limit)."""
    not_yet("big int")
    return ERROR_VALUE


def int_hash(v: obj) -> i64:
    """hash(v) for a big int, as CPython: v mod (2**61 - 1) with its sign rules."""
    not_yet("big int")
    return -1


def int_equal(a: obj, b: obj) -> i32:
    """a == b for int-like a and b when one is a big int."""
    return 0


def int_compare(a: obj, b: obj) -> i32:
    """-1, 0 or 1 for int-like a and b when one is a big int."""
    return 0


def int_float_compare(i: obj, f: f64) -> i32:
    """-1, 0 or 1 comparing an int-like i with a float f that is not NaN, exactly."""
    return 0


def int_to_float(v: obj) -> f64:
    """float(v) for an int-like v, correctly rounded (OverflowError past the doubles)."""
    return as_float(v)


def int_abs_slow(a: i64) -> i64:
    raise_overflow_int()
    return 0


def int_invert_slow(a: i64) -> i64:
    raise_overflow_int()
    return 0


def int_and_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_or_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_xor_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_lshift_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_rshift_slow(a: i64, b: i64) -> i64:
    raise_overflow_int()
    return 0


def int_truediv_slow(a: i64, b: i64) -> f64:
    """a / b for INT forms, correctly rounded."""
    if b == 0:
        raise_zero_division("division by zero")
        return 0.0
    raise_overflow_int()
    return 0.0


def int_to_base(v: obj, base: i32) -> obj:
    """hex()/oct()/bin() text of an int-like v: '-0x1f'."""
    not_yet("hex/oct/bin")
    return ERROR_VALUE
