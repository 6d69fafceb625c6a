"""range objects: an arithmetic progression of small ints.

    +16  i64  start     +24  i64  step     +32  i64  length     +40  i64  stop (as given)

Bounds beyond the small-int range raise OverflowError (not supported by molt yet).
"""

RANGE_START = 16
RANGE_STEP = 24
RANGE_LENGTH = 32
RANGE_STOP = 40
RANGE_OBJECT_SIZE = 48


def range_length_of(start: i64, stop: i64, step: i64) -> i64:
    if step > 0 and start < stop:
        return (stop - start - 1) // step + 1
    if step < 0 and start > stop:
        return (start - stop - 1) // (0 - step) + 1
    return 0


def range_arg(v: obj) -> i64:
    if is_small_int_like(v):
        return unbox_int(v)
    if is_int_like(v):
        raise_new(EXC_OVERFLOW_ERROR, "range() bounds beyond 2**47 are not supported by molt yet")
        return 0
    raise_with_parts(EXC_TYPE_ERROR, "'", type_name(v), "' object cannot be interpreted as an integer")
    return 0


def range_new(start: obj, stop: obj, step: obj) -> obj:
    """range(start, stop, step); stop is MISSING_VALUE for range(n) (start is then n)."""
    a: i64 = 0
    b: i64 = 0
    c: i64 = 1
    if stop == MISSING_VALUE:
        b = range_arg(start)
    else:
        a = range_arg(start)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        b = range_arg(stop)
        if step != MISSING_VALUE and EXC_CURRENT == 0:
            c = range_arg(step)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    if c == 0:
        return raise_new(EXC_VALUE_ERROR, "range() arg 3 must not be zero")
    return range_from_parts(a, b, c)


def range_start(r: obj) -> i64:
    return load_i64(i32(r), RANGE_START)


def range_step(r: obj) -> i64:
    return load_i64(i32(r), RANGE_STEP)


def range_length(r: obj) -> i64:
    return load_i64(i32(r), RANGE_LENGTH)


def range_item(r: obj, i: i64) -> i64:
    return range_start(r) + i * range_step(r)


def range_getitem(r: obj, key: obj) -> obj:
    n: i64 = range_length(r)
    if type_of(key) == TYPE_SLICE:
        if slice_adjust(key, n) != 0:
            return ERROR_VALUE
        return range_from_parts(range_item(r, SLICE_FROM), range_item(r, SLICE_TO),
                                range_step(r) * SLICE_BY)
    if not is_int_like(key):
        return raise_with_parts(EXC_TYPE_ERROR, "range indices must be integers or slices, not ", type_name(key), "")
    if not is_small_int_like(key):
        return raise_new(EXC_INDEX_ERROR, "range object index out of range")
    i: i64 = unbox_int(key)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        return raise_new(EXC_INDEX_ERROR, "range object index out of range")
    return box_int(range_item(r, i))


def range_from_parts(start: i64, stop: i64, step: i64) -> obj:
    p: i32 = alloc(RANGE_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_RANGE, OB_TYPE)
    store_i64(p, start, RANGE_START)
    store_i64(p, step, RANGE_STEP)
    store_i64(p, range_length_of(start, stop, step), RANGE_LENGTH)
    store_i64(p, stop, RANGE_STOP)
    return box_ptr(p)


def range_contains(r: obj, v: obj) -> i32:
    if not is_small_int_like(v):
        if is_number(v) or is_int_like(v):
            if is_float(v):
                return sequence_search_range(r, v)
            return 0
        return sequence_search_range(r, v)
    x: i64 = unbox_int(v)
    start: i64 = range_start(r)
    step: i64 = range_step(r)
    n: i64 = range_length(r)
    if n == 0:
        return 0
    last: i64 = start + (n - 1) * step
    if step > 0:
        if x < start or x > last:
            return 0
    elif x > start or x < last:
        return 0
    return (x - start) % step == 0


def sequence_search_range(r: obj, v: obj) -> i32:
    """`in` by comparing with each item (CPython does so for values that are not ints)."""
    n: i64 = range_length(r)
    i: i64 = 0
    while i < n:
        found: i32 = py_equal(box_int(range_item(r, i)), v)
        if found != 0:
            return found
        i += 1
    return 0


def range_equal(a: obj, b: obj) -> i32:
    """Ranges are equal when they give the same sequence."""
    n: i64 = range_length(a)
    if n != range_length(b):
        return 0
    if n == 0:
        return 1
    if range_start(a) != range_start(b):
        return 0
    return n == 1 or range_step(a) == range_step(b)


def range_iter(r: obj) -> obj:
    return iterator_new(ITER_RANGE, r, 0)


def range_iter_next(it: obj) -> obj:
    r: obj = iterator_source(it)
    i: i64 = iterator_position(it)
    if i >= range_length(r):
        return STOP_VALUE
    iterator_set_position(it, i + 1)
    return box_int(range_item(r, i))


def range_repr(r: obj) -> obj:
    """range(0, 10) or range(0, 10, 2)"""
    start: i64 = range_start(r)
    step: i64 = range_step(r)
    stop: i64 = load_i64(i32(r), RANGE_STOP)
    a: obj = int_to_str(start)
    b: obj = int_to_str(stop)
    if a == ERROR_VALUE or b == ERROR_VALUE:
        return ERROR_VALUE
    head: obj = str_concat3("range(", a, ", ")
    decref(a)
    if head == ERROR_VALUE:
        decref(b)
        return head
    body: obj = str_concat(head, b)
    decref(head)
    decref(b)
    if body == ERROR_VALUE:
        return body
    if step == 1:
        result: obj = str_concat(body, ")")
        decref(body)
        return result
    c: obj = int_to_str(step)
    if c == ERROR_VALUE:
        decref(body)
        return c
    result2: obj = str_concat3(body, ", ", c)
    decref(body)
    decref(c)
    if result2 == ERROR_VALUE:
        return result2
    closed: obj = str_concat(result2, ")")
    decref(result2)
    return closed
