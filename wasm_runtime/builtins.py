"""Builtin functions that are more than one call of a type's function: in-place operators,
next(), hash(), hex(), pow() with a modulus, divmod(), int(s, base), ascii(), reversed()."""


# 1 while py_inplace computes the plain operator: its TypeError names "+=", not "+".
INPLACE_OPERATOR: i32 = 0


def py_inplace(op: i32, a: obj, b: obj) -> obj:
    """a op= b for an OP_* code: a list extends (+=) or repeats (*=) itself, other names for
    it seeing the change; sets update themselves (|= &= ^= -=), dicts take |=; anything
    else is a op b."""
    t: i32 = type_of(a)
    if t == TYPE_INSTANCE:
        own: obj = instance_inplace(op, a, b)
        if own != MISSING_VALUE:
            return own
    if t == TYPE_LIST and op == OP_ADD:
        if list_extend(a, b) != 0:
            return ERROR_VALUE
        return new_ref(a)
    if t == TYPE_LIST and op == OP_MUL and is_int_like(b):
        return list_repeat_in_place(a, b)
    if t == TYPE_SET or t == TYPE_FROZENSET:
        if op == OP_OR:
            return set_inplace_union(a, b)
        if op == OP_AND:
            return set_inplace_intersection(a, b)
        if op == OP_XOR:
            return set_inplace_symmetric_difference(a, b)
        if op == OP_SUB:
            return set_inplace_difference(a, b)
    if t == TYPE_DICT and op == OP_OR:
        return dict_inplace_or(a, b)
    saved: i32 = INPLACE_OPERATOR
    INPLACE_OPERATOR = 1
    result: obj = ERROR_VALUE
    if op <= OP_POW:
        result = arithmetic(op, a, b)
    else:
        result = bitwise(op, a, b)
    INPLACE_OPERATOR = saved
    return result


def list_repeat_in_place(l: obj, times: obj) -> obj:
    n: i64 = unbox_int(times) if is_small_int_like(times) else 2
    if not is_small_int_like(times):
        return raise_memory_error()
    length: i32 = list_length(l)
    if n <= 0:
        empty: obj = list_new(0)
        if empty == ERROR_VALUE:
            return empty
        list_replace_range(l, 0, length, empty)
        decref(empty)
        return new_ref(l)
    if i64(length) * n > MAX_LIST_LENGTH:
        return raise_memory_error()
    copy: obj = sequence_to_list(l)
    if copy == ERROR_VALUE:
        return copy
    i: i64 = 1
    while i < n:
        if list_extend(l, copy) != 0:
            decref(copy)
            return ERROR_VALUE
        i += 1
    decref(copy)
    return new_ref(l)


def reversed_new(v: obj) -> obj:
    """reversed(seq) for lists (an iterator that follows the list) and other sequences,
    dicts and their views (their items, copied)."""
    if type_of(v) == TYPE_LIST:
        return iterator_new(ITER_LIST_REVERSED, v, i64(list_length(v)) - 1)
    t: i32 = type_of(v)
    if (t != TYPE_TUPLE and t != TYPE_STR and t != TYPE_RANGE and t != TYPE_BYTES and t != TYPE_DICT
            and t != TYPE_DICT_VIEW):
        return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(v), "' object is not reversible")
    items: obj = sequence_to_list(v)
    if items == ERROR_VALUE:
        return items
    it: obj = iterator_new(ITER_LIST_REVERSED, items, i64(list_length(items)) - 1)
    decref(items)
    return it


def py_next_builtin(it: obj, default: obj) -> obj:
    """next(it) and next(it, default): StopIteration when exhausted without a default."""
    if type_of(it) != TYPE_ITERATOR and special_method(it, "__next__") == MISSING_VALUE:
        return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(it), "' object is not an iterator")
    item: obj = py_next(it)
    if item == STOP_VALUE:
        if default == MISSING_VALUE:
            return raise_empty(EXC_STOP_ITERATION)
        return new_ref(default)
    return item


def int_from_machine(x: i64) -> obj:
    """An int object of any i64 (a big int past the small range)."""
    if fits_small_int(x):
        return box_int(x)
    text: obj = int_to_str(x)
    if text == ERROR_VALUE:
        return text
    form: i64 = int_from_literal(text)
    decref(text)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return int_box(form)


def hash_value(v: obj) -> obj:
    """hash(v) as an int."""
    h: i64 = py_hash(v)
    if h == -1 and EXC_CURRENT != 0:
        return ERROR_VALUE
    return int_from_machine(h)


def py_to_base(v: obj, base: i32) -> obj:
    """hex(v), oct(v), bin(v)."""
    if not is_int_like(v):
        return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(v), "' object cannot be interpreted as an integer")
    if is_bool(v):
        return int_to_base(box_int(unbox_int(v)), base)
    return int_to_base(v, base)


def py_pow_mod(base: obj, exponent: obj, modulus: obj) -> obj:
    if not (is_int_like(base) and is_int_like(exponent) and is_int_like(modulus)):
        return raise_new(EXC_TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers")
    return int_pow_mod(base, exponent, modulus)


def py_divmod(a: obj, b: obj) -> obj:
    """divmod(a, b): (a // b, a % b)."""
    if is_int_like(a) and is_int_like(b):
        return int_divmod(a, b)
    if is_number(a) and is_number(b):
        x: f64 = number_as_float(a)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        y: f64 = number_as_float(b)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        if y == 0.0:
            return raise_new(EXC_ZERO_DIVISION_ERROR, "float divmod()")
        q: f64 = float_floordiv(x, y)
        r: f64 = float_mod(x, y)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        pair: obj = tuple_new(2)
        if pair == ERROR_VALUE:
            return pair
        tuple_set(pair, 0, box_float(q))
        tuple_set(pair, 1, box_float(r))
        return pair
    return raise_types_error("unsupported operand type(s) for ", "divmod()", ": '", a, b)


def py_int_base(s: obj, base: obj) -> obj:
    """int(s, base)"""
    if not is_small_int_like(base):
        return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(base), "' object cannot be interpreted as an integer")
    if not is_str(s) and type_of(s) != TYPE_BYTES:
        return raise_new(EXC_TYPE_ERROR, "int() can't convert non-string with explicit base")
    b: i64 = unbox_int(base)
    if b != 0 and (b < 2 or b > 36):
        return raise_new(EXC_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0")
    return int_parse(s, i32(b))


def sum_check_start(start: obj) -> None:
    """sum() refuses a str start (CPython points to str.join)."""
    if is_str(start):
        raise_new(EXC_TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]")
    elif type_of(start) == TYPE_BYTES:
        raise_new(EXC_TYPE_ERROR, "sum() can't sum bytes [use b''.join(seq) instead]")


def raise_empty_sequence(message: obj) -> None:
    raise_new(EXC_VALUE_ERROR, message)


def py_round(x: obj, ndigits: obj) -> obj:
    """round(x) and round(x, ndigits), as CPython rounds: half to even, on the exact value."""
    no_digits: i32 = ndigits == MISSING_VALUE or ndigits == NONE_VALUE
    if is_int_like(x):
        value: obj = box_int(unbox_int(x)) if is_bool(x) else new_ref(x)
        if no_digits:
            return value
        if not is_int_like(ndigits):
            decref(value)
            return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(ndigits), "' object cannot be interpreted as an integer")
        if int_compare(ndigits, box_int(0)) >= 0:
            return value
        result: obj = round_int_negative(value, ndigits)
        decref(value)
        return result
    if not is_float(x):
        return raise_with_parts(EXC_TYPE_ERROR, "type ", type_name(x), " doesn't define __round__ method")
    f: f64 = unbox_float(x)
    if no_digits:
        whole: i64 = int_of_float(nearest(f))
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        return int_box(whole)
    if not is_small_int_like(ndigits):
        return raise_new(EXC_NOT_IMPLEMENTED_ERROR, "round() to this many digits is not supported by molt yet")
    n: i64 = unbox_int(ndigits)
    if f != f or fabs(f) == f64_of_bits(0x7FF0000000000000) or n > 400:
        return new_ref(x)
    if n < 0:
        return raise_new(EXC_NOT_IMPLEMENTED_ERROR, "round() of a float to negative digits is not supported by molt yet")
    # The correctly rounded digits (half to even, exactly as format() gives them), read back.
    digits: obj = int_to_str(n)
    if digits == ERROR_VALUE:
        return digits
    spec: obj = str_concat3(".", digits, "f")
    decref(digits)
    if spec == ERROR_VALUE:
        return spec
    text: obj = py_format(x, spec)
    decref(spec)
    if text == ERROR_VALUE:
        return text
    rounded: f64 = parse_float(text)
    decref(text)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return box_float(copysign(rounded, f) if rounded == 0.0 else rounded)


def round_int_negative(x: obj, ndigits: obj) -> obj:
    """round(x, -k) for an int: the nearest multiple of 10**k, ties to the even multiple."""
    exponent: obj = py_neg(ndigits)
    if exponent == ERROR_VALUE:
        return exponent
    scale: obj = py_pow(box_int(10), exponent)
    decref(exponent)
    if scale == ERROR_VALUE:
        return scale
    pair: obj = int_divmod(x, scale)
    if pair == ERROR_VALUE:
        decref(scale)
        return pair
    quotient: obj = tuple_item(pair, 0)
    remainder: obj = tuple_item(pair, 1)
    twice: obj = py_mul(remainder, box_int(2))
    if twice == ERROR_VALUE:
        decref(pair)
        decref(scale)
        return twice
    order: i32 = int_compare(twice, scale)
    decref(twice)
    up: i32 = order > 0 or (order == 0 and int_is_odd(quotient))
    result: obj = py_add(quotient, box_int(1)) if up else new_ref(quotient)
    decref(pair)
    if result == ERROR_VALUE:
        decref(scale)
        return result
    scaled: obj = py_mul(result, scale)
    decref(result)
    decref(scale)
    return scaled


def int_is_odd(v: obj) -> i32:
    bit: obj = py_and(v, box_int(1))
    odd: i32 = is_small_int_like(bit) and unbox_int(bit) == 1
    decref(bit)
    return odd


def dict_update_mapping(d: obj, mapping: obj) -> i32:
    """{**mapping} in a display: the mapping must be a dict or an object with keys()
    (mappings.py)."""
    if type_of(mapping) == TYPE_DICT:
        return dict_update(d, mapping)
    status: i32 = mapping_update(d, mapping, 0)
    if status == 1:
        raise_with_parts(EXC_TYPE_ERROR, "'", type_name(mapping), "' object is not a mapping")
        return -1
    return status


def bytes_fromhex(text: obj) -> obj:
    """bytes.fromhex(text): pairs of hex digits, spaces between pairs allowed."""
    if not is_str(text):
        return raise_with_parts(EXC_TYPE_ERROR, "fromhex() argument must be str, not ", type_name(text), "")
    p: i32 = str_data(text)
    n: i32 = str_size(text)
    out: i32 = alloc((n >> 1) + 1)
    if out == 0:
        return raise_memory_error()
    count: i32 = 0
    i: i32 = 0
    while i < n:
        c: i32 = load_u8(p + i)
        if c == 32 or (c >= 9 and c <= 13):
            i += 1
            continue
        high: i32 = hex_digit_value(c)
        low: i32 = hex_digit_value(load_u8(p + i + 1)) if i + 1 < n else -1
        if high < 0 or low < 0:
            free(out)
            position: obj = int_to_str(i64(i + 1 if high >= 0 else i))
            if position == ERROR_VALUE:
                return position
            result: obj = raise_with_parts(EXC_VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position ",
                                           position, "")
            decref(position)
            return result
        store_u8(out + count, (high << 4) | low)
        count += 1
        i += 2
    result2: obj = bytes_from_memory(out, count)
    free(out)
    return result2


def hex_digit_value(c: i32) -> i32:
    if c >= 48 and c <= 57:
        return c - 48
    if c >= 97 and c <= 102:
        return c - 87
    if c >= 65 and c <= 70:
        return c - 55
    return -1


def py_format_builtin(v: obj, spec: obj) -> obj:
    """format(v, spec): the spec must be a str."""
    if not is_str(spec):
        return raise_with_parts(EXC_TYPE_ERROR, "format() argument 2 must be str, not ", type_name(spec), "")
    return py_format(v, spec)


def int_bit_length(v: obj) -> obj:
    """x.bit_length(): the number of bits of |x|."""
    if is_small_int_like(v):
        x: i64 = unbox_int(v)
        if x < 0:
            x = 0 - x
        return box_int(64 - clz(x))
    magnitude: obj = py_abs(v)
    if magnitude == ERROR_VALUE:
        return magnitude
    binary: obj = int_to_base(magnitude, 2)
    decref(magnitude)
    if binary == ERROR_VALUE:
        return binary
    bits: i64 = i64(str_size(binary)) - 2
    decref(binary)
    return box_int(bits)


def star_source(items: obj) -> obj:
    """What max(*items) and min(*items) iterate: the one item itself, or all of them."""
    if tuple_length(items) == 1:
        return new_ref(tuple_item(items, 0))
    return new_ref(items)
