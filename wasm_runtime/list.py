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
