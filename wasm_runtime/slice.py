"""slice objects, and the indices a slice selects in a sequence (CPython's
PySlice_GetIndicesEx).

    +16  obj  start     +24  obj  stop     +32  obj  step     (None when omitted)
"""

SLICE_START = 16
SLICE_STOP = 24
SLICE_STEP = 32
SLICE_OBJECT_SIZE = 40

# The result of slice_adjust.
SLICE_FROM: i64 = 0
SLICE_TO: i64 = 0
SLICE_BY: i64 = 0
SLICE_COUNT: i64 = 0


def slice_new(start: obj, stop: obj, step: obj) -> obj:
    """slice(start, stop, step), with references taken to the three."""
    p: i32 = alloc(SLICE_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_SLICE, OB_TYPE)
    incref(start)
    incref(stop)
    incref(step)
    store_i64(p, start, SLICE_START)
    store_i64(p, stop, SLICE_STOP)
    store_i64(p, step, SLICE_STEP)
    return box_ptr(p)


def slice_dealloc(p: i32) -> None:
    decref(load_i64(p, SLICE_START))
    decref(load_i64(p, SLICE_STOP))
    decref(load_i64(p, SLICE_STEP))
    free(p)


def slice_bound(v: obj, default: i64, length: i64, step: i64, is_stop: i32) -> i64:
    """One end of a slice clamped to the sequence, as CPython's PySlice_AdjustIndices;
    the bound as an index (bigger ints are clamped too)."""
    if v == NONE_VALUE:
        return default
    x: i64 = slice_index_value(v)
    if EXC_CURRENT != 0:
        return 0
    if x < 0:
        x += length
        if x < 0:
            x = -1 if step < 0 else 0
    elif x >= length:
        x = length - 1 if step < 0 else length
    return x


def slice_index_value(v: obj) -> i64:
    """An int used in a slice, clamped to +-2**62 (CPython clamps to the ssize_t range)."""
    if is_small_int_like(v):
        return unbox_int(v)
    if is_int_like(v):
        return int_clamp_index(v)
    raise_new(EXC_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method")
    return 0


def slice_adjust(s: obj, length: i64) -> i32:
    """Set SLICE_FROM, SLICE_TO, SLICE_BY and SLICE_COUNT for slice s over a sequence of
    `length` items; 0, or -1 after raising (a zero step, a non-int bound)."""
    p: i32 = i32(s)
    step: i64 = 1
    step_value: obj = load_i64(p, SLICE_STEP)
    if step_value != NONE_VALUE:
        step = slice_index_value(step_value)
        if EXC_CURRENT != 0:
            return -1
        if step == 0:
            raise_new(EXC_VALUE_ERROR, "slice step cannot be zero")
            return -1
    start: i64 = slice_bound(load_i64(p, SLICE_START), length - 1 if step < 0 else 0, length, step, 0)
    if EXC_CURRENT != 0:
        return -1
    stop: i64 = slice_bound(load_i64(p, SLICE_STOP), -1 if step < 0 else length, length, step, 1)
    if EXC_CURRENT != 0:
        return -1
    count: i64 = 0
    if step < 0:
        if stop < start:
            count = (start - stop - 1) // (0 - step) + 1
    elif start < stop:
        count = (stop - start - 1) // step + 1
    SLICE_FROM = start
    SLICE_TO = stop
    SLICE_BY = step
    SLICE_COUNT = count
    return 0


def slice_from_arguments(args: obj) -> obj:
    """slice(stop), slice(start, stop) or slice(start, stop, step)."""
    n: i32 = tuple_length(args)
    if n == 0 or n > 3:
        count: obj = int_to_str(i64(n))
        if count == ERROR_VALUE:
            return count
        result: obj = raise_with_parts(EXC_TYPE_ERROR, "slice expected at least 1 argument, got " if n == 0
                                       else "slice expected at most 3 arguments, got ", count, "")
        decref(count)
        return result
    if n == 1:
        return slice_new(NONE_VALUE, tuple_item(args, 0), NONE_VALUE)
    return slice_new(tuple_item(args, 0), tuple_item(args, 1), NONE_VALUE if n == 2 else tuple_item(args, 2))


def slice_attribute(s: obj, name: obj) -> obj:
    """s.start, s.stop, s.step (a new reference), or MISSING_VALUE for another name."""
    if str_eq(name, "start"):
        return new_ref(load_i64(i32(s), SLICE_START))
    if str_eq(name, "stop"):
        return new_ref(load_i64(i32(s), SLICE_STOP))
    if str_eq(name, "step"):
        return new_ref(load_i64(i32(s), SLICE_STEP))
    return MISSING_VALUE


def slice_indices(s: obj, length: obj) -> obj:
    """s.indices(length): the (start, stop, step) that s selects of `length` items."""
    if not is_int_like(length):
        return raise_type_message("'", length, "' object cannot be interpreted as an integer")
    n: i64 = slice_index_value(length)
    if n < 0:
        return raise_new(EXC_VALUE_ERROR, "length should not be negative")
    if slice_adjust(s, n) != 0:
        return ERROR_VALUE
    result: obj = tuple_new(3)
    if result == ERROR_VALUE:
        return result
    tuple_set(result, 0, box_int(SLICE_FROM))
    tuple_set(result, 1, box_int(SLICE_TO))
    tuple_set(result, 2, box_int(SLICE_BY))
    return result
