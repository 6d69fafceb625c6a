"""tuple objects: an immutable array of values.

    +8   i32  length
    +16  obj  items[length]
"""

TUPLE_LENGTH = 8
TUPLE_ITEMS = 16


def tuple_new(n: i32) -> obj:
    """A tuple of n items, each None until tuple_set fills it; ERROR without memory."""
    if lt_u((MAX_ALLOC - TUPLE_ITEMS) >> 3, n):
        return raise_memory_error()
    p: i32 = alloc(TUPLE_ITEMS + n * 8)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_TUPLE, OB_TYPE)
    store_i32(p, n, TUPLE_LENGTH)
    for i in range(0, n):
        store_i64(p + TUPLE_ITEMS + i * 8, NONE_VALUE)
    return box_ptr(p)


def tuple_set(t: obj, i: i32, v: obj) -> None:
    """Fill item i of a tuple being built, taking over the reference to v."""
    store_i64(i32(t) + TUPLE_ITEMS + i * 8, v)


def tuple_item(t: obj, i: i32) -> obj:
    """Item i (borrowed), 0 <= i < length."""
    return load_i64(i32(t) + TUPLE_ITEMS + i * 8)


def tuple_length(t: obj) -> i32:
    return load_i32(i32(t), TUPLE_LENGTH)


def tuple_pack2(a: obj, b: obj) -> obj:
    """(a, b), with references taken to both."""
    t: obj = tuple_new(2)
    if t == ERROR_VALUE:
        return t
    incref(a)
    incref(b)
    tuple_set(t, 0, a)
    tuple_set(t, 1, b)
    return t


def tuple_dealloc(p: i32) -> None:
    n: i32 = load_i32(p, TUPLE_LENGTH)
    for i in range(0, n):
        decref(load_i64(p + TUPLE_ITEMS + i * 8))
    free(p)


def tuple_getitem(t: obj, key: obj) -> obj:
    if type_of(key) == TYPE_SLICE:
        if slice_adjust(key, i64(tuple_length(t))) != 0:
            return ERROR_VALUE
        n: i32 = i32(SLICE_COUNT)
        if n == tuple_length(t) and SLICE_BY == 1:
            return new_ref(t)
        result: obj = tuple_new(n)
        if result == ERROR_VALUE:
            return result
        j: i64 = SLICE_FROM
        for i in range(0, n):
            item: obj = tuple_item(t, i32(j))
            incref(item)
            tuple_set(result, i, item)
            j += SLICE_BY
        return result
    if not is_int_like(key):
        return raise_with_parts(EXC_TYPE_ERROR, "tuple indices must be integers or slices, not ", type_name(key), "")
    i: i32 = normalize_index(key, tuple_length(t), "tuple index out of range")
    if i < 0:
        return ERROR_VALUE
    return new_ref(tuple_item(t, i))


def tuple_iter_next(it: obj) -> obj:
    t: obj = iterator_source(it)
    i: i64 = iterator_position(it)
    if i >= i64(tuple_length(t)):
        return STOP_VALUE
    iterator_set_position(it, i + 1)
    return new_ref(tuple_item(t, i32(i)))


def tuple_repr(t: obj) -> obj:
    return sequence_repr(t, "(", ")", "()", 1)


def tuple_from_list(l: obj) -> obj:
    """A tuple of the items of list l."""
    n: i32 = list_length(l)
    t: obj = tuple_new(n)
    if t == ERROR_VALUE:
        return t
    for i in range(0, n):
        item: obj = list_item(l, i)
        incref(item)
        tuple_set(t, i, item)
    return t
