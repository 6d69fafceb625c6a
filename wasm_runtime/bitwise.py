"""The generic bitwise operators & | ^ << >> ~ (ints, bools, sets, dicts), and glue
between unboxed INT forms and the boxed int functions.

Int results come from int_binary (bigint.py) for the OP_* codes below when an operand is
big; small ints are handled here.
"""

OP_AND = 7
OP_OR = 8
OP_XOR = 9
OP_LSHIFT = 10
OP_RSHIFT = 11


def int_form_view(v: i64) -> obj:
    """A boxed view of an INT form (no reference is taken or given)."""
    if fits_small_int(v):
        return box_int(v)
    return int_box(v)


def int_form_to_float(v: i64) -> f64:
    """float(v) for an INT form (OverflowError for big ints beyond the doubles)."""
    if fits_small_int(v):
        return f64(v)
    return int_to_float(int_form_view(v))


def range_index(v: obj) -> i64:
    """A range() argument as a machine int: a small int or a bool. Big ints raise
    OverflowError (their ranges are not supported by molt yet), others TypeError."""
    if is_small_int_like(v):
        return unbox_int(v)
    if is_int_like(v):
        raise_new(EXC_OVERFLOW_ERROR, "range() bounds beyond 2**47 are not supported by molt yet")
        return 0
    if type_of(v) == TYPE_INSTANCE:
        index: obj = instance_number(v, "__index__", 0)  # an object that stands for an int
        if index == ERROR_VALUE:
            return 0
        if index != MISSING_VALUE:
            n: i64 = range_index(index)
            decref(index)
            return n
    raise_with_parts(EXC_TYPE_ERROR, "'", type_name(v), "' object cannot be interpreted as an integer")
    return 0


def bitwise_symbol(op: i32) -> obj:
    if INPLACE_OPERATOR:
        return inplace_symbol(op)
    if op == OP_AND:
        return "&"
    if op == OP_OR:
        return "|"
    if op == OP_XOR:
        return "^"
    if op == OP_LSHIFT:
        return "<<"
    return ">>"


def small_bitwise(op: i32, x: i64, y: i64) -> obj:
    """A bitwise operation on small ints, or ERROR_VALUE with nothing raised when the
    result needs a big int (the caller then uses int_binary)."""
    if op == OP_AND:
        return box_int(x & y)
    if op == OP_OR:
        return box_int(x | y)
    if op == OP_XOR:
        return box_int(x ^ y)
    if y < 0:
        return raise_new(EXC_VALUE_ERROR, "negative shift count")
    if op == OP_RSHIFT:
        if y > 63:
            return box_int(-1 if x < 0 else 0)
        return box_int(x >> y)
    if x == 0:
        return box_int(0)
    if y > 47:
        return ERROR_VALUE
    shifted: i64 = x << y
    if (shifted >> y) != x or not fits_small_int(shifted):
        return ERROR_VALUE
    return box_int(shifted)


def bitwise(op: i32, a: obj, b: obj) -> obj:
    if is_bool(a) and is_bool(b) and op <= OP_XOR:
        r: obj = small_bitwise(op, unbox_int(a), unbox_int(b))
        return box_bool(i32(unbox_int(r)))
    if is_small_int_like(a) and is_small_int_like(b):
        result: obj = small_bitwise(op, unbox_int(a), unbox_int(b))
        if result != ERROR_VALUE or EXC_CURRENT != 0:
            return result
        return int_binary(op, a, b)
    if is_int_like(a) and is_int_like(b):
        return int_binary(op, a, b)
    ta: i32 = type_of(a)
    tb: i32 = type_of(b)
    if ta == TYPE_INSTANCE or tb == TYPE_INSTANCE:
        result: obj = instance_binary(op, a, b)
        if result != MISSING_VALUE:
            return result
    if (ta == TYPE_SET or ta == TYPE_FROZENSET) and (tb == TYPE_SET or tb == TYPE_FROZENSET):
        if op == OP_AND:
            return set_intersection(a, b)
        if op == OP_OR:
            return set_union(a, b)
        if op == OP_XOR:
            return set_symmetric_difference(a, b)
    if ta == TYPE_DICT and tb == TYPE_DICT and op == OP_OR:
        return dict_or(a, b)
    return raise_types_error("unsupported operand type(s) for ", bitwise_symbol(op), ": '", a, b)


def py_and(a: obj, b: obj) -> obj:
    return bitwise(OP_AND, a, b)


def py_or(a: obj, b: obj) -> obj:
    return bitwise(OP_OR, a, b)


def py_xor(a: obj, b: obj) -> obj:
    return bitwise(OP_XOR, a, b)


def py_lshift(a: obj, b: obj) -> obj:
    return bitwise(OP_LSHIFT, a, b)


def py_rshift(a: obj, b: obj) -> obj:
    return bitwise(OP_RSHIFT, a, b)


def py_invert(v: obj) -> obj:
    if is_small_int_like(v):
        return box_int(-1 - unbox_int(v))
    if is_int_like(v):
        return int_box(int_invert_slow(int_unbox(v)))
    return instance_unary(v, "__invert__", "bad operand type for unary ~: '")
