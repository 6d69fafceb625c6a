"""range objects: an arithmetic progression of ints.

    +16  obj  start     +24  obj  stop      +32  obj  step     (ints, small or big)
    +40  i64  length (-1 when it does not fit an i64)
    +48  i32  1 when start, stop and step are all small ints (the fast case)

Small ranges compute in machine ints; others with the generic int operations, as exact as
CPython's (len() of a range past 2**63 is an OverflowError there too).
"""

RANGE_START = 16
RANGE_STOP = 24
RANGE_STEP = 32
RANGE_LENGTH = 40
RANGE_SMALL = 48
RANGE_OBJECT_SIZE = 56


def range_length_of(start: i64, stop: i64, step: i64) -> i64:
    if step > 0 and start < stop:
        return (stop - start - 1) // step + 1
    if step < 0 and start > stop:
        return (start - stop - 1) // (0 - step) + 1
    return 0


def range_arg(v: obj) -> obj:
    """A range() argument: an int (a new reference), or ERROR_VALUE after TypeError."""
    if is_int_like(v):
        if is_bool(v):
            return box_int(unbox_int(v))
        return new_ref(v)
    if type_of(v) == TYPE_INSTANCE:
        index: obj = instance_number(v, "__index__", 0)
        if index != MISSING_VALUE:
            return index
    return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(v), "' object cannot be interpreted as an integer")


def range_new(start: obj, stop: obj, step: obj) -> obj:
    """range(start, stop, step); stop is MISSING_VALUE for range(n) (start is then n)."""
    a: obj = box_int(0)
    b: obj = ERROR_VALUE
    c: obj = box_int(1)
    if stop == MISSING_VALUE:
        b = range_arg(start)
    else:
        a = range_arg(start)
        if a == ERROR_VALUE:
            return a
        b = range_arg(stop)
        if b != ERROR_VALUE and step != MISSING_VALUE:
            c = range_arg(step)
    if b == ERROR_VALUE or c == ERROR_VALUE:
        decref(a)
        decref(b)
        return ERROR_VALUE
    result: obj = ERROR_VALUE
    if is_small_int_like(c) and unbox_int(c) == 0:
        result = raise_new(EXC_VALUE_ERROR, "range() arg 3 must not be zero")
    else:
        result = range_from_objects(a, b, c)
    decref(a)
    decref(b)
    decref(c)
    return result


def range_from_objects(start: obj, stop: obj, step: obj) -> obj:
    """A range of three ints (borrowed)."""
    small: i32 = is_small_int_like(start) and is_small_int_like(stop) and is_small_int_like(step)
    length: i64 = 0
    if small:
        length = range_length_of(unbox_int(start), unbox_int(stop), unbox_int(step))
    else:
        length = big_range_length(start, stop, step)
        if length == -2:
            return ERROR_VALUE
    p: i32 = alloc(RANGE_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_RANGE, OB_TYPE)
    incref(start)
    incref(stop)
    incref(step)
    store_i64(p, start, RANGE_START)
    store_i64(p, stop, RANGE_STOP)
    store_i64(p, step, RANGE_STEP)
    store_i64(p, length, RANGE_LENGTH)
    store_i32(p, small, RANGE_SMALL)
    return box_ptr(p)


def big_range_length(start: obj, stop: obj, step: obj) -> i64:
    """The length of a range with a big bound as an i64, -1 past 2**63, -2 after raising."""
    upward: i32 = int_sign(step) > 0
    lo: obj = start if upward else stop
    hi: obj = stop if upward else start
    if int_compare(lo, hi) >= 0:
        return 0
    span: obj = py_sub(hi, lo)
    if span == ERROR_VALUE:
        return -2
    magnitude: obj = py_abs(step)
    if magnitude == ERROR_VALUE:
        decref(span)
        return -2
    span_less: obj = py_sub(span, box_int(1))
    decref(span)
    quotient: obj = py_floordiv(span_less, magnitude)
    decref(span_less)
    decref(magnitude)
    if quotient == ERROR_VALUE:
        return -2
    if is_small_int_like(quotient):
        return unbox_int(quotient) + 1
    # CPython's limit is 2**63 - 1; big ints here clamp at 2**62.
    length: i64 = int_clamp_index(quotient)
    decref(quotient)
    if length >= INT_BIG_BASE - 1:
        return -1
    return length + 1


def int_sign(v: obj) -> i32:
    return int_compare(v, box_int(0))


def range_start(r: obj) -> obj:
    return load_i64(i32(r), RANGE_START)


def range_step(r: obj) -> obj:
    return load_i64(i32(r), RANGE_STEP)


def range_is_small(r: obj) -> i32:
    return load_i32(i32(r), RANGE_SMALL)


def range_length(r: obj) -> i64:
    """len(r); OverflowError when it does not fit (as CPython's ssize_t)."""
    n: i64 = load_i64(i32(r), RANGE_LENGTH)
    if n < 0:
        raise_new(EXC_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")
        return 0
    return n


def range_item(r: obj, i: i64) -> obj:
    """Item i of the range, 0 <= i < length (a new reference)."""
    if range_is_small(r):
        return box_int(unbox_int(range_start(r)) + i * unbox_int(range_step(r)))
    offset: obj = py_mul(int_from_i64_object(i), range_step(r))
    if offset == ERROR_VALUE:
        return offset
    item: obj = py_add(range_start(r), offset)
    decref(offset)
    return item


def int_from_i64_object(i: i64) -> obj:
    return int_box(int_from_i64(i))


def range_getitem(r: obj, key: obj) -> obj:
    n: i64 = range_length(r)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    if type_of(key) == TYPE_SLICE:
        if slice_adjust(key, n) != 0:
            return ERROR_VALUE
        first: obj = range_item(r, SLICE_FROM)
        last: obj = range_item(r, SLICE_TO)
        step: obj = py_mul(range_step(r), int_from_i64_object(SLICE_BY))
        if first == ERROR_VALUE or last == ERROR_VALUE or step == ERROR_VALUE:
            return ERROR_VALUE
        result: obj = range_from_objects(first, last, step)
        decref(first)
        decref(last)
        decref(step)
        return result
    if not is_int_like(key):
        return raise_with_parts(EXC_TYPE_ERROR, "range indices must be integers or slices, not ", type_name(key), "")
    i: i64 = unbox_int(key) if is_small_int_like(key) else int_clamp_index(key)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        return raise_new(EXC_INDEX_ERROR, "range object index out of range")
    return range_item(r, i)


def range_contains(r: obj, v: obj) -> i32:
    """v in r: arithmetic for ints, comparison with every item for anything else."""
    if not is_int_like(v) or is_bool(v):
        return sequence_search_range(r, v)
    start: obj = range_start(r)
    step: obj = range_step(r)
    stop: obj = load_i64(i32(r), RANGE_STOP)
    if int_sign(step) > 0:
        if int_compare(v, start) < 0 or int_compare(v, stop) >= 0:
            return 0
    elif int_compare(v, start) > 0 or int_compare(v, stop) <= 0:
        return 0
    offset: obj = py_sub(v, start)
    if offset == ERROR_VALUE:
        return -1
    remainder: obj = py_mod(offset, step)
    decref(offset)
    if remainder == ERROR_VALUE:
        return -1
    found: i32 = is_small_int_like(remainder) and unbox_int(remainder) == 0
    decref(remainder)
    return found


def sequence_search_range(r: obj, v: obj) -> i32:
    """`in` by comparing with each item (CPython does so for values that are not ints)."""
    n: i64 = range_length(r)
    if EXC_CURRENT != 0:
        return -1
    i: i64 = 0
    while i < n:
        item: obj = range_item(r, i)
        if item == ERROR_VALUE:
            return -1
        found: i32 = py_equal(item, v)
        decref(item)
        if found != 0:
            return found
        i += 1
    return 0


def range_equal(a: obj, b: obj) -> i32:
    """Ranges are equal when they give the same sequence."""
    na: i64 = load_i64(i32(a), RANGE_LENGTH)
    if na != load_i64(i32(b), RANGE_LENGTH):
        return 0
    if na == 0:
        return 1
    if int_compare(range_start(a), range_start(b)) != 0:
        return 0
    return na == 1 or int_compare(range_step(a), range_step(b)) == 0


def range_iter(r: obj) -> obj:
    n: i64 = range_length(r)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return iterator_new(ITER_RANGE, r, 0)


def range_iter_next(it: obj) -> obj:
    r: obj = iterator_source(it)
    i: i64 = iterator_position(it)
    if i >= load_i64(i32(r), RANGE_LENGTH):
        return STOP_VALUE
    iterator_set_position(it, i + 1)
    return range_item(r, i)


def range_repr(r: obj) -> obj:
    """range(0, 10) or range(0, 10, 2)"""
    parts: obj = list_new(3)
    if parts == ERROR_VALUE:
        return parts
    fields: i32 = 2 if int_compare(range_step(r), box_int(1)) == 0 else 3
    for k in range(0, fields):
        text: obj = py_repr(load_i64(i32(r) + RANGE_START + k * 8))
        if text == ERROR_VALUE or list_append(parts, text) != 0:
            decref(parts)
            return ERROR_VALUE
        decref(text)
    inner: obj = join_strs(", ", parts)
    decref(parts)
    if inner == ERROR_VALUE:
        return inner
    result: obj = str_concat3("range(", inner, ")")
    decref(inner)
    return result


def range_dealloc(p: i32) -> None:
    decref(load_i64(p, RANGE_START))
    decref(load_i64(p, RANGE_STOP))
    decref(load_i64(p, RANGE_STEP))
    free(p)


def range_count(r: obj, v: obj) -> obj:
    """r.count(v): 0 or 1 for an int, by comparison for anything else."""
    if is_int_like(v) and not is_bool(v):
        found: i32 = range_contains(r, v)
        return ERROR_VALUE if found < 0 else box_int(i64(found))
    n: i64 = range_length(r)
    count: i64 = 0
    i: i64 = 0
    while i < n:
        item: obj = range_item(r, i)
        if item == ERROR_VALUE:
            return item
        equal: i32 = py_equal(item, v)
        decref(item)
        if equal < 0:
            return ERROR_VALUE
        count += i64(equal)
        i += 1
    return box_int(count)


def range_index_method(r: obj, v: obj) -> obj:
    """r.index(v)"""
    found: i32 = range_contains(r, v)
    if found < 0:
        return ERROR_VALUE
    if not found:
        text: obj = py_repr(v)
        if text == ERROR_VALUE:
            return text
        result: obj = raise_with_parts(EXC_VALUE_ERROR, text, " is not in range", "")
        decref(text)
        return result
    if not is_int_like(v) or is_bool(v):
        return raise_new(EXC_NOT_IMPLEMENTED_ERROR, "range.index() of a value that is not an int")
    offset: obj = py_sub(v, range_start(r))
    if offset == ERROR_VALUE:
        return offset
    index: obj = py_floordiv(offset, range_step(r))
    decref(offset)
    return index
