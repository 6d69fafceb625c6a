"""tuple objects: an immutable array of values.

    +8   i32  length
    +16  obj  items[length]
"""

TUPLE_LENGTH = 8
TUPLE_ITEMS = 16


EMPTY_TUPLE: i64 = 0


def tuple_new(n: i32) -> obj:
    """A tuple of n items, each None until tuple_set fills it; ERROR without memory. The
    empty tuple is one immortal object, as in CPython (`() is ()`)."""
    if n == 0 and EMPTY_TUPLE != 0:
        return EMPTY_TUPLE
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
    if n == 0:
        store_i32(p, IMMORTAL_REFCNT, OB_REFCNT)
        EMPTY_TUPLE = box_ptr(p)
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


def tuple_around(first: obj, t: obj, start: i32, last: obj) -> obj:
    """(first,) + t[start:] + (last,) for a tuple t, without first or last when it is
    MISSING_VALUE (a new tuple; first and last are borrowed)."""
    head: i32 = 0 if first == MISSING_VALUE else 1
    n: i32 = tuple_length(t) - start
    if n < 0:
        n = 0
    result: obj = tuple_new(head + n + (0 if last == MISSING_VALUE else 1))
    if result == ERROR_VALUE:
        return result
    if head == 1:
        tuple_set(result, 0, new_ref(first))
    for i in range(0, n):
        tuple_set(result, head + i, new_ref(tuple_item(t, start + i)))
    if last != MISSING_VALUE:
        tuple_set(result, head + n, new_ref(last))
    return result


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


def tuple_init(t: obj, i: i32, v: obj) -> None:
    """Fill item i of a tuple being built with v (a reference is taken)."""
    incref(v)
    tuple_set(t, i, v)


def tuple_get(t: obj, i: i32) -> obj:
    """Item i as a new reference."""
    return new_ref(tuple_item(t, i))


def tuple_from_iterable(v: obj) -> obj:
    if type_of(v) == TYPE_TUPLE:
        return new_ref(v)
    items: obj = sequence_to_list(v)
    if items == ERROR_VALUE:
        return items
    result: obj = tuple_from_list(items)
    decref(items)
    return result


def raise_not_unpackable(v: obj) -> obj:
    return raise_with_parts(EXC_TYPE_ERROR, "cannot unpack non-iterable ", type_name(v), " object")


def unpack_sequence(v: obj, n: i32) -> obj:
    """The n items of an iterable as a tuple, for `a, b = v`; ValueError when it has more
    or fewer, with CPython's messages."""
    if not is_iterable(v):
        return raise_not_unpackable(v)
    items: obj = sequence_to_list(v)
    if items == ERROR_VALUE:
        return items
    got: i32 = list_length(items)
    if got != n:
        decref(items)
        expected: obj = int_to_str(i64(n))
        if expected == ERROR_VALUE:
            return expected
        if got > n:
            result: obj = raise_with_parts(EXC_VALUE_ERROR, "too many values to unpack (expected ", expected, ")")
            decref(expected)
            return result
        head: obj = str_concat3("not enough values to unpack (expected ", expected, ", got ")
        decref(expected)
        count: obj = int_to_str(i64(got))
        if head == ERROR_VALUE or count == ERROR_VALUE:
            return ERROR_VALUE
        raised: obj = raise_with_parts(EXC_VALUE_ERROR, head, count, ")")
        decref(head)
        decref(count)
        return raised
    result2: obj = tuple_from_list(items)
    decref(items)
    return result2


def unpack_starred(v: obj, before: i32, after: i32) -> obj:
    """For `a, *b, c = v`: a tuple of the `before` items, a list of the middle ones, and
    the `after` items."""
    if not is_iterable(v):
        return raise_not_unpackable(v)
    items: obj = sequence_to_list(v)
    if items == ERROR_VALUE:
        return items
    got: i32 = list_length(items)
    if got < before + after:
        decref(items)
        expected: obj = int_to_str(i64(before + after))
        count: obj = int_to_str(i64(got))
        if expected == ERROR_VALUE or count == ERROR_VALUE:
            return ERROR_VALUE
        head: obj = str_concat3("not enough values to unpack (expected at least ", expected, ", got ")
        decref(expected)
        if head == ERROR_VALUE:
            decref(count)
            return head
        raised: obj = raise_with_parts(EXC_VALUE_ERROR, head, count, ")")
        decref(head)
        decref(count)
        return raised
    result: obj = tuple_new(before + 1 + after)
    if result == ERROR_VALUE:
        decref(items)
        return result
    for i in range(0, before):
        tuple_init(result, i, list_item(items, i))
    middle: obj = list_new(got - before - after)
    if middle == ERROR_VALUE:
        decref(items)
        decref(result)
        return middle
    for i in range(before, got - after):
        list_append(middle, list_item(items, i))
    tuple_set(result, before, middle)
    for i in range(0, after):
        tuple_init(result, before + 1 + i, list_item(items, got - after + i))
    decref(items)
    return result
