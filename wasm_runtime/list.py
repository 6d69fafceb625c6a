"""list objects: a growable array of values.

    +8   i32  length
    +12  i32  capacity
    +16  i32  address of the items (obj[capacity]), 0 when the capacity is 0
"""

LIST_LENGTH = 8
LIST_CAPACITY = 12
LIST_ITEMS = 16
LIST_OBJECT_SIZE = 24
MAX_LIST_LENGTH = 1 << 27


def list_new(capacity: i32) -> obj:
    """An empty list with room for `capacity` items; ERROR without memory."""
    p: i32 = alloc(LIST_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_LIST, OB_TYPE)
    store_i32(p, 0, LIST_LENGTH)
    store_i32(p, 0, LIST_CAPACITY)
    store_i32(p, 0, LIST_ITEMS)
    if capacity > 0 and list_reserve(p, capacity) != 0:
        free(p)
        return ERROR_VALUE
    return box_ptr(p)


def list_reserve(p: i32, needed: i32) -> i32:
    """Make room for `needed` items (growing by half again, as CPython does, so that
    appends are amortized O(1)); 0, or -1 after raising MemoryError."""
    capacity: i32 = load_i32(p, LIST_CAPACITY)
    if needed <= capacity:
        return 0
    if lt_u(MAX_LIST_LENGTH, needed):
        raise_memory_error()
        return -1
    grown: i32 = capacity + (capacity >> 1) + 4
    if grown < needed:
        grown = needed
    items: i32 = alloc(grown * 8)
    if items == 0:
        raise_memory_error()
        return -1
    old: i32 = load_i32(p, LIST_ITEMS)
    if old != 0:
        memory_copy(items, old, load_i32(p, LIST_LENGTH) * 8)
        free(old)
    store_i32(p, grown, LIST_CAPACITY)
    store_i32(p, items, LIST_ITEMS)
    return 0


def list_length(l: obj) -> i32:
    return load_i32(i32(l), LIST_LENGTH)


def list_item(l: obj, i: i32) -> obj:
    """Item i (borrowed), 0 <= i < length."""
    return load_i64(load_i32(i32(l), LIST_ITEMS) + i * 8)


def list_append(l: obj, v: obj) -> i32:
    """Append v (taking a reference); 0, or -1 after raising MemoryError."""
    p: i32 = i32(l)
    n: i32 = load_i32(p, LIST_LENGTH)
    if list_reserve(p, n + 1) != 0:
        return -1
    incref(v)
    store_i64(load_i32(p, LIST_ITEMS) + n * 8, v)
    store_i32(p, n + 1, LIST_LENGTH)
    return 0


def list_dealloc(p: i32) -> None:
    items: i32 = load_i32(p, LIST_ITEMS)
    n: i32 = load_i32(p, LIST_LENGTH)
    for i in range(0, n):
        decref(load_i64(items + i * 8))
    if items != 0:
        free(items)
    free(p)


def normalize_index(i: obj, length: i32, message: obj) -> i32:
    """An int index made non-negative and checked against length; -1 after raising
    IndexError (message) or TypeError (not an int)."""
    if not is_small_int_like(i):
        if is_int_like(i):  # a big int: out of range, or out of what an index can be
            too_big: i32 = big_bit_length(i32(i)) > 63
            raise_new(EXC_INDEX_ERROR, "cannot fit 'int' into an index-sized integer" if too_big else message)
        return -1
    k: i64 = unbox_int(i)
    if k < 0:
        k += i64(length)
    if k < 0 or k >= i64(length):
        raise_new(EXC_INDEX_ERROR, message)
        return -1
    return i32(k)


def list_getitem(l: obj, key: obj) -> obj:
    if type_of(key) == TYPE_SLICE:
        return list_slice(l, key)
    if not is_int_like(key):
        return raise_with_parts(EXC_TYPE_ERROR, "list indices must be integers or slices, not ", type_name(key), "")
    i: i32 = normalize_index(key, list_length(l), "list index out of range")
    if i < 0:
        return ERROR_VALUE
    return new_ref(list_item(l, i))


def list_slice(l: obj, s: obj) -> obj:
    if slice_adjust(s, i64(list_length(l))) != 0:
        return ERROR_VALUE
    n: i32 = i32(SLICE_COUNT)
    result: obj = list_new(n)
    if result == ERROR_VALUE:
        return result
    j: i64 = SLICE_FROM
    for i in range(0, n):
        list_append(result, list_item(l, i32(j)))
        j += SLICE_BY
    return result


def list_setitem(l: obj, key: obj, value: obj) -> None:
    if type_of(key) == TYPE_SLICE:
        list_assign_slice(l, key, value)
        return
    if not is_int_like(key):
        raise_with_parts(EXC_TYPE_ERROR, "list indices must be integers or slices, not ", type_name(key), "")
        return
    i: i32 = normalize_index(key, list_length(l), "list assignment index out of range")
    if i < 0:
        return
    slot: i32 = load_i32(i32(l), LIST_ITEMS) + i * 8
    old: obj = load_i64(slot)
    incref(value)
    store_i64(slot, value)
    decref(old)


def list_assign_slice(l: obj, s: obj, value: obj) -> None:
    """l[a:b] = iterable (any length), l[a:b:c] = iterable (of the slice's length)."""
    items: obj = sequence_to_list(value)
    if items == ERROR_VALUE:
        return
    if slice_adjust(s, i64(list_length(l))) != 0:
        decref(items)
        return
    count: i32 = list_length(items)
    if SLICE_BY == 1:
        start: i32 = i32(SLICE_FROM)
        stop: i32 = i32(SLICE_TO)
        if stop < start:
            stop = start
        list_replace_range(l, start, stop, items)
        decref(items)
        return
    if i64(count) != SLICE_COUNT:
        size: obj = int_to_str(i64(count))
        wanted: obj = int_to_str(SLICE_COUNT)
        if size != ERROR_VALUE and wanted != ERROR_VALUE:
            head: obj = str_concat3("attempt to assign sequence of size ", size, " to extended slice of size ")
            if head != ERROR_VALUE:
                raise_with_parts(EXC_VALUE_ERROR, head, wanted, "")
                decref(head)
        decref(size)
        decref(wanted)
        decref(items)
        return
    j: i64 = SLICE_FROM
    base: i32 = load_i32(i32(l), LIST_ITEMS)
    for k in range(0, count):
        slot: i32 = base + i32(j) * 8
        old: obj = load_i64(slot)
        v: obj = list_item(items, k)
        incref(v)
        store_i64(slot, v)
        decref(old)
        j += SLICE_BY
    decref(items)


def list_replace_range(l: obj, start: i32, stop: i32, items: obj) -> i32:
    """Replace l[start:stop] by the items of list `items`; 0, or -1 after raising."""
    p: i32 = i32(l)
    n: i32 = load_i32(p, LIST_LENGTH)
    count: i32 = list_length(items)
    removed: i32 = stop - start
    new_length: i32 = n - removed + count
    # Hold the removed items until the list is consistent again (their deallocation may
    # read the list).
    if list_reserve(p, new_length) != 0:
        return -1
    held: obj = list_new(removed)
    if held == ERROR_VALUE:
        return -1
    base: i32 = load_i32(p, LIST_ITEMS)
    for k in range(start, stop):
        list_append(held, load_i64(base + k * 8))
        decref(load_i64(base + k * 8))
    memory_copy(base + (start + count) * 8, base + stop * 8, (n - stop) * 8)
    for k in range(0, count):
        v: obj = list_item(items, k)
        incref(v)
        store_i64(base + (start + k) * 8, v)
    store_i32(p, new_length, LIST_LENGTH)
    decref(held)
    return 0


def list_delitem(l: obj, key: obj) -> None:
    if type_of(key) == TYPE_SLICE:
        if slice_adjust(key, i64(list_length(l))) != 0:
            return
        if SLICE_BY == 1:
            empty: obj = list_new(0)
            if empty == ERROR_VALUE:
                return
            list_replace_range(l, i32(SLICE_FROM), i32(SLICE_FROM + SLICE_COUNT), empty)
            decref(empty)
            return
        list_delete_extended(l, SLICE_FROM, SLICE_BY, i32(SLICE_COUNT))
        return
    if not is_int_like(key):
        raise_with_parts(EXC_TYPE_ERROR, "list indices must be integers or slices, not ", type_name(key), "")
        return
    i: i32 = normalize_index(key, list_length(l), "list assignment index out of range")
    if i < 0:
        return
    list_remove_at(l, i)


def list_remove_at(l: obj, i: i32) -> obj:
    """Remove item i and return it (the list's reference moves to the caller)."""
    p: i32 = i32(l)
    n: i32 = load_i32(p, LIST_LENGTH)
    base: i32 = load_i32(p, LIST_ITEMS)
    item: obj = load_i64(base + i * 8)
    memory_copy(base + i * 8, base + (i + 1) * 8, (n - i - 1) * 8)
    store_i32(p, n - 1, LIST_LENGTH)
    decref(item)
    return item


def list_delete_extended(l: obj, start: i64, step: i64, count: i32) -> None:
    """del l[start::step] for |step| > 1: keep the items the slice does not select."""
    p: i32 = i32(l)
    n: i32 = load_i32(p, LIST_LENGTH)
    base: i32 = load_i32(p, LIST_ITEMS)
    if step < 0:
        start = start + step * i64(count - 1)
        step = 0 - step
    removed: obj = list_new(count)
    if removed == ERROR_VALUE:
        return
    write: i32 = 0
    next_removed: i64 = start
    for read in range(0, n):
        v: obj = load_i64(base + read * 8)
        if i64(read) == next_removed and list_length(removed) < count:
            list_append(removed, v)
            decref(v)
            next_removed += step
        else:
            store_i64(base + write * 8, v)
            write += 1
    store_i32(p, write, LIST_LENGTH)
    decref(removed)


def sequence_to_list(v: obj) -> obj:
    """The items of any iterable as a new list (a list is copied, so that l[:] = l works)."""
    result: obj = list_new(0)
    if result == ERROR_VALUE:
        return result
    if list_extend(result, v) != 0:
        decref(result)
        return ERROR_VALUE
    return result


def list_extend(l: obj, iterable: obj) -> i32:
    """l.extend(iterable); 0, or -1 after raising."""
    t: i32 = type_of(iterable)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        n: i32 = list_length(iterable) if t == TYPE_LIST else tuple_length(iterable)
        if list_reserve(i32(l), list_length(l) + n) != 0:
            return -1
        for i in range(0, n):
            list_append(l, list_item(iterable, i) if t == TYPE_LIST else tuple_item(iterable, i))
        return 0
    it: obj = py_iter(iterable)
    if it == ERROR_VALUE:
        return -1
    while True:
        item: obj = py_next(it)
        if item == STOP_VALUE:
            break
        if item == ERROR_VALUE:
            decref(it)
            return -1
        status: i32 = list_append(l, item)
        decref(item)
        if status != 0:
            decref(it)
            return -1
    decref(it)
    return 0


def list_iter_next(it: obj) -> obj:
    l: obj = iterator_source(it)
    i: i64 = iterator_position(it)
    if i >= i64(list_length(l)):
        return STOP_VALUE
    iterator_set_position(it, i + 1)
    return new_ref(list_item(l, i32(i)))


def list_reversed_next(it: obj) -> obj:
    l: obj = iterator_source(it)
    i: i64 = iterator_position(it)
    if i < 0 or i >= i64(list_length(l)):
        iterator_set_position(it, -1)
        return STOP_VALUE
    iterator_set_position(it, i - 1)
    return new_ref(list_item(l, i32(i)))


def sequence_item(s: obj, i: i32) -> obj:
    """Item i (borrowed) of a list or a tuple."""
    if type_of(s) == TYPE_LIST:
        return list_item(s, i)
    return tuple_item(s, i)


def sequence_length(s: obj) -> i32:
    if type_of(s) == TYPE_LIST:
        return list_length(s)
    return tuple_length(s)


def sequence_equal(a: obj, b: obj) -> i32:
    """Two lists (or two tuples) have equal items in order: 1, 0 or -1."""
    n: i32 = sequence_length(a)
    if n != sequence_length(b):
        return 0
    for i in range(0, n):
        if i >= sequence_length(a) or i >= sequence_length(b):
            return 0
        equal: i32 = py_equal(sequence_item(a, i), sequence_item(b, i))
        if equal != 1:
            return equal
    return 1


def sequence_contains(s: obj, v: obj) -> i32:
    i: i32 = 0
    while i < sequence_length(s):
        found: i32 = py_equal(sequence_item(s, i), v)
        if found != 0:
            return found
        i += 1
    return 0


def sequence_repr(s: obj, open: obj, close: obj, empty: obj, one_comma: i32) -> obj:
    """[1, 2] or (1, 2) or (1,), with [...] for a list inside itself."""
    n: i32 = sequence_length(s)
    if n == 0:
        return new_ref(empty)
    entered: i32 = repr_enter(s)
    if entered < 0:
        return ERROR_VALUE
    if entered:
        return new_ref("[...]" if type_of(s) == TYPE_LIST else "(...)")
    parts: obj = list_new(n)
    if parts == ERROR_VALUE:
        repr_leave(s)
        return parts
    i: i32 = 0
    while i < sequence_length(s):
        text: obj = py_repr(sequence_item(s, i))
        if text == ERROR_VALUE or list_append(parts, text) != 0:
            decref(text)
            decref(parts)
            repr_leave(s)
            return ERROR_VALUE
        decref(text)
        i += 1
    repr_leave(s)
    inner: obj = join_strs(", ", parts)
    decref(parts)
    if inner == ERROR_VALUE:
        return inner
    result: obj = str_concat3(open, inner, ",)" if one_comma and n == 1 else close)
    decref(inner)
    return result


def list_repr(l: obj) -> obj:
    return sequence_repr(l, "[", "]", "[]", 0)
