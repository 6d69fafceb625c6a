"""The generic operators: any two values, dispatched on their types at run time.

Compiled code calls these where it cannot tell the operands' types; they give CPython's
results and CPython's TypeError messages.
"""

OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_TRUEDIV = 3
OP_FLOORDIV = 4
OP_MOD = 5
OP_POW = 6


def type_name(v: obj) -> obj:
    tag: i64 = shr_u(v, TAG_SHIFT)
    if tag == TAG_INT:
        return "int"
    if tag == TAG_BOOL:
        return "bool"
    if tag == TAG_NONE:
        return "NoneType"
    if lt_u(tag, TAG_FIRST):
        return "float"
    if tag == TAG_PTR:
        t: i32 = load_i32(i32(v), OB_TYPE)
        if t == TYPE_EXCEPTION:
            return exception_type_name(v)
        if t == TYPE_INSTANCE:
            return load_i64(i32(load_i64(i32(v), INSTANCE_CLASS)), CLASS_NAME)
        if t == TYPE_CLASS:
            return "type"
        if t == TYPE_ITERATOR:
            return iterator_type_name(v)
        if t == TYPE_DICT_VIEW:
            return view_type_name(v)
        return heap_type_name(t)
    return "object"


def operator_symbol(op: i32) -> obj:
    if INPLACE_OPERATOR:
        return inplace_symbol(op)
    if op == OP_ADD:
        return "+"
    if op == OP_SUB:
        return "-"
    if op == OP_MUL:
        return "*"
    if op == OP_TRUEDIV:
        return "/"
    if op == OP_FLOORDIV:
        return "//"
    if op == OP_MOD:
        return "%"
    return "** or pow()"


def inplace_symbol(op: i32) -> obj:
    if op == OP_ADD:
        return "+="
    if op == OP_SUB:
        return "-="
    if op == OP_MUL:
        return "*="
    if op == OP_TRUEDIV:
        return "/="
    if op == OP_FLOORDIV:
        return "//="
    if op == OP_MOD:
        return "%="
    if op == OP_POW:
        return "**="
    if op == OP_AND:
        return "&="
    if op == OP_OR:
        return "|="
    if op == OP_XOR:
        return "^="
    if op == OP_LSHIFT:
        return "<<="
    return ">>="


def raise_operand_error(op: i32, a: obj, b: obj) -> obj:
    """TypeError: unsupported operand type(s) for +: 'int' and 'str'"""
    return raise_types_error("unsupported operand type(s) for ", operator_symbol(op), ": '", a, b)


def raise_types_error(first: obj, symbol: obj, second: obj, a: obj, b: obj) -> obj:
    """TypeError: first + symbol + second + "'<type of a>' and '<type of b>'"."""
    prefix: obj = str_concat3(first, symbol, second)
    if prefix == ERROR_VALUE:
        return prefix
    middle: obj = str_concat3(prefix, type_name(a), "' and '")
    decref(prefix)
    if middle == ERROR_VALUE:
        return middle
    result: obj = raise_with_parts(EXC_TYPE_ERROR, middle, type_name(b), "'")
    decref(middle)
    return result


def arithmetic(op: i32, a: obj, b: obj) -> obj:
    if is_small_int_like(a) and is_small_int_like(b):
        return int_arithmetic(op, unbox_int(a), unbox_int(b))
    if is_small_number(a) and is_small_number(b):
        return float_arithmetic(op, as_float(a), as_float(b))
    if is_int_like(a) and is_int_like(b):
        return int_binary(op, a, b)
    if is_number(a) and is_number(b):
        # A float and a big int: the int converts, OverflowError past the doubles.
        x: f64 = number_as_float(a)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        y: f64 = number_as_float(b)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        return float_arithmetic(op, x, y)
    if type_of(a) == TYPE_INSTANCE or type_of(b) == TYPE_INSTANCE:
        result: obj = instance_binary(op, a, b)
        if result != MISSING_VALUE:
            return result
    if is_str(a):
        return str_arithmetic(op, a, b)
    if is_str(b) and op == OP_MUL and is_int_like(a):
        if not is_small_int_like(a):
            return raise_index_overflow()
        return str_repeat(b, unbox_int(a))
    return sequence_arithmetic(op, a, b)


def number_as_float(v: obj) -> f64:
    """A number (int, bool or float) as a float: OverflowError for an int beyond the
    doubles."""
    if is_float(v):
        return f64_of_bits(v)
    return int_to_float(v)


def raise_index_overflow() -> obj:
    return raise_new(EXC_OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")


def int_arithmetic(op: i32, x: i64, y: i64) -> obj:
    """An arithmetic operator on two small ints (the result may be big)."""
    r: i64 = 0
    if op == OP_ADD:
        r = int_from_i64(x + y)
    elif op == OP_SUB:
        r = int_from_i64(x - y)
    elif op == OP_MUL:
        r = int_mul(x, y)
    elif op == OP_FLOORDIV:
        r = int_floordiv(x, y)
    elif op == OP_MOD:
        r = int_mod(x, y)
    elif op == OP_TRUEDIV:
        if y == 0:
            raise_zero_division("division by zero")
            return ERROR_VALUE
        return box_float(f64(x) / f64(y))
    else:
        if y < 0:
            if x == 0:
                raise_zero_division("0.0 cannot be raised to a negative power")
                return ERROR_VALUE
            f: f64 = float_pow(f64(x), f64(y))
            if EXC_CURRENT != 0:
                return ERROR_VALUE
            return box_float(f)
        r = int_pow(x, y)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return int_box(r)


def float_arithmetic(op: i32, x: f64, y: f64) -> obj:
    r: f64 = 0.0
    if op == OP_ADD:
        r = x + y
    elif op == OP_SUB:
        r = x - y
    elif op == OP_MUL:
        r = x * y
    elif op == OP_TRUEDIV:
        if y == 0.0:
            raise_zero_division("float division by zero")
            return ERROR_VALUE
        r = x / y
    elif op == OP_FLOORDIV:
        r = float_floordiv(x, y)
    elif op == OP_MOD:
        r = float_mod(x, y)
    else:
        r = float_pow(x, y)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return box_float(r)


def str_arithmetic(op: i32, s: obj, other: obj) -> obj:
    if op == OP_ADD:
        if is_str(other):
            return str_concat(s, other)
        return raise_with_parts(EXC_TYPE_ERROR, "can only concatenate str (not \"", type_name(other),
                                "\") to str")
    if op == OP_MUL:
        if is_small_int_like(other):
            return str_repeat(s, unbox_int(other))
        if is_int_like(other):
            return raise_index_overflow()
        return raise_with_parts(EXC_TYPE_ERROR, "can't multiply sequence by non-int of type '",
                                type_name(other), "'")
    if op == OP_MOD:
        return str_percent(s, other)
    return raise_operand_error(op, s, other)


def py_add(a: obj, b: obj) -> obj:
    return arithmetic(OP_ADD, a, b)


def py_sub(a: obj, b: obj) -> obj:
    return arithmetic(OP_SUB, a, b)


def py_mul(a: obj, b: obj) -> obj:
    return arithmetic(OP_MUL, a, b)


def py_truediv(a: obj, b: obj) -> obj:
    return arithmetic(OP_TRUEDIV, a, b)


def py_floordiv(a: obj, b: obj) -> obj:
    return arithmetic(OP_FLOORDIV, a, b)


def py_mod(a: obj, b: obj) -> obj:
    return arithmetic(OP_MOD, a, b)


def py_pow(a: obj, b: obj) -> obj:
    return arithmetic(OP_POW, a, b)


# Comparisons.

CMP_LT = 0
CMP_LE = 1
CMP_GT = 2
CMP_GE = 3


def compare_symbol(op: i32) -> obj:
    if op == CMP_LT:
        return "<"
    if op == CMP_LE:
        return "<="
    if op == CMP_GT:
        return ">"
    return ">="


def order(op: i32, a: obj, b: obj) -> obj:
    """a < b (or <=, >, >=) for numbers and strs; TypeError for anything else."""
    c: i32 = 0
    if is_small_int_like(a) and is_small_int_like(b):
        x: i64 = unbox_int(a)
        y: i64 = unbox_int(b)
        c = -1 if x < y else (1 if x > y else 0)
    elif is_small_number(a) and is_small_number(b):
        # Ints are exact in a double (they have at most 48 bits); NaN compares false.
        f: f64 = as_float(a)
        g: f64 = as_float(b)
        if op == CMP_LT:
            return box_bool(f < g)
        if op == CMP_LE:
            return box_bool(f <= g)
        if op == CMP_GT:
            return box_bool(f > g)
        return box_bool(f >= g)
    elif is_number(a) and is_number(b):
        # A big int and an int or a float, compared exactly; NaN compares false.
        c = number_compare(a, b)
        if c == 2:
            return box_bool(0)
    elif is_str(a) and is_str(b):
        c = str_compare(a, b)
    elif type_of(a) == TYPE_BYTES and type_of(b) == TYPE_BYTES:
        c = bytes_compare(a, b)
    else:
        if type_of(a) == TYPE_INSTANCE or type_of(b) == TYPE_INSTANCE:
            result: obj = instance_compare(op, a, b)
            if result != MISSING_VALUE:
                return result
            return raise_types_error("'", compare_symbol(op), "' not supported between instances of '", a, b)
        if is_anyset(a) and is_anyset(b):
            if op == CMP_LT:
                return set_lt(a, b)
            if op == CMP_LE:
                return set_le(a, b)
            if op == CMP_GT:
                return set_gt(a, b)
            return set_ge(a, b)
        ordered: obj = sequence_order(op, a, b)
        if ordered != ERROR_VALUE or EXC_CURRENT != 0:
            return ordered
        return raise_types_error("'", compare_symbol(op), "' not supported between instances of '", a, b)
    if op == CMP_LT:
        return box_bool(c < 0)
    if op == CMP_LE:
        return box_bool(c <= 0)
    if op == CMP_GT:
        return box_bool(c > 0)
    return box_bool(c >= 0)


def py_lt(a: obj, b: obj) -> obj:
    return order(CMP_LT, a, b)


def py_le(a: obj, b: obj) -> obj:
    return order(CMP_LE, a, b)


def py_gt(a: obj, b: obj) -> obj:
    return order(CMP_GT, a, b)


def py_ge(a: obj, b: obj) -> obj:
    return order(CMP_GE, a, b)


def number_compare(a: obj, b: obj) -> i32:
    """-1, 0 or 1 comparing two numbers exactly (ints of any size, floats), or 2 when
    one is a NaN."""
    if is_float(a):
        f: f64 = unbox_float(a)
        if f != f:
            return 2
        if is_float(b):
            g: f64 = unbox_float(b)
            if g != g:
                return 2
            return -1 if f < g else (1 if f > g else 0)
        return 0 - int_float_compare(b, f)
    if is_float(b):
        h: f64 = unbox_float(b)
        if h != h:
            return 2
        return int_float_compare(a, h)
    return int_compare(a, b)


def values_equal(a: obj, b: obj) -> i32:
    if is_small_number(a) and is_small_number(b):
        if is_small_int_like(a) and is_small_int_like(b):
            return unbox_int(a) == unbox_int(b)
        return as_float(a) == as_float(b)
    if is_number(a) and is_number(b):
        return number_compare(a, b) == 0
    if is_str(a) and is_str(b):
        return str_eq(a, b)
    return a == b


def py_eq(a: obj, b: obj) -> obj:
    """a == b for any values (containers compare their items)."""
    if type_of(a) == TYPE_INSTANCE or type_of(b) == TYPE_INSTANCE:
        return instance_equal(a, b, 0)
    equal: i32 = objects_equal(a, b)
    if equal < 0:
        return ERROR_VALUE
    return box_bool(equal)


def py_ne(a: obj, b: obj) -> obj:
    if type_of(a) == TYPE_INSTANCE or type_of(b) == TYPE_INSTANCE:
        return instance_equal(a, b, 1)
    equal: i32 = objects_equal(a, b)
    if equal < 0:
        return ERROR_VALUE
    return box_bool(equal == 0)


# Unary operators.


def raise_unary_error(symbol: obj, v: obj) -> obj:
    return raise_with_parts(EXC_TYPE_ERROR, symbol, type_name(v), "'")


def py_neg(v: obj) -> obj:
    if is_int_like(v):
        return int_box_result(int_neg_slow(int_form_of(v)))
    if is_float(v):
        return box_float(-unbox_float(v))
    return instance_unary(v, "__neg__", "bad operand type for unary -: '")


def py_pos(v: obj) -> obj:
    if is_small_int_like(v):
        return box_int(unbox_int(v))
    if is_int_like(v):
        return new_ref(v)
    if is_float(v):
        return v
    return instance_unary(v, "__pos__", "bad operand type for unary +: '")


def py_abs(v: obj) -> obj:
    if is_int_like(v):
        return int_box_result(int_abs_slow(int_form_of(v)))
    if is_float(v):
        return box_float(fabs(unbox_float(v)))
    return instance_unary(v, "__abs__", "bad operand type for abs(): '")


@inline
def py_truth(v: obj) -> i32:
    """Whether v is true (bool(v)); the common cases here, the rest out of line."""
    tag: i64 = shr_u(v, TAG_SHIFT)
    if tag == TAG_BOOL or tag == TAG_INT:
        return (v & PAYLOAD_MASK) != 0
    if tag == TAG_NONE:
        return 0
    return truth_of_other(v)


def truth_of_other(v: obj) -> i32:
    """bool(v) of a float or an object."""
    if lt_u(shr_u(v, TAG_SHIFT), TAG_FIRST):
        return f64_of_bits(v) != 0.0
    t: i32 = type_of(v)
    if t == TYPE_STR:
        return str_size(v) != 0
    if t == TYPE_INSTANCE:
        incref(v)  # its __bool__ may release what the caller borrows (passes/borrow.py)
        truth: i32 = instance_truth(v)
        decref(v)
        return truth
    if (t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_DICT or t == TYPE_SET or t == TYPE_FROZENSET
            or t == TYPE_BYTES or t == TYPE_DICT_VIEW):
        return py_len(v) != 0
    if t == TYPE_RANGE:
        return load_i64(i32(v), RANGE_LENGTH) != 0  # below 0: too long to count, not empty
    return 1
