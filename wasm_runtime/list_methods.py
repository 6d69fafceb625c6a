"""The methods of list and tuple (called through methods.py's dispatchers), and the
errors method calls share."""


def no_attribute(self: obj, name: obj) -> obj:
    """AttributeError: 'int' object has no attribute 'append'"""
    head: obj = str_concat3("'", type_name(self), "' object has no attribute '")
    if head == ERROR_VALUE:
        return head
    result: obj = raise_with_parts(EXC_ATTRIBUTE_ERROR, head, name, "'")
    decref(head)
    return result


def too_many_arguments(self: obj, name: obj, most: i32) -> obj:
    """TypeError for a method called with more arguments than its type takes."""
    count: obj = int_to_str(i64(most))
    if count == ERROR_VALUE:
        return count
    head: obj = str_concat3(type_name(self), ".", name)
    if head == ERROR_VALUE:
        decref(count)
        return head
    middle: obj = str_concat3(head, "() takes at most ", count)
    decref(head)
    decref(count)
    if middle == ERROR_VALUE:
        return middle
    result: obj = raise_with_parts(EXC_TYPE_ERROR, middle, " arguments" if most != 1 else " argument", "")
    decref(middle)
    return result


def list_append_method(l: obj, x: obj) -> obj:
    if list_append(l, x) != 0:
        return ERROR_VALUE
    return NONE_VALUE


def list_extend_method(l: obj, iterable: obj) -> obj:
    if list_extend(l, iterable) != 0:
        return ERROR_VALUE
    return NONE_VALUE


def index_argument(i: obj) -> i64:
    """An int argument (list.insert, pop ...): small ints; big ints clamp; others TypeError."""
    if is_small_int_like(i):
        return unbox_int(i)
    if is_int_like(i):
        return int_clamp_index(i)
    raise_with_parts(EXC_TYPE_ERROR, "'", type_name(i), "' object cannot be interpreted as an integer")
    return 0


def list_insert(l: obj, i: obj, x: obj) -> obj:
    """l.insert(i, x): i clamped to the list, as CPython does."""
    k: i64 = index_argument(i)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    n: i64 = i64(list_length(l))
    if k < 0:
        k += n
        if k < 0:
            k = 0
    if k > n:
        k = n
    p: i32 = i32(l)
    if list_reserve(p, i32(n) + 1) != 0:
        return ERROR_VALUE
    base: i32 = load_i32(p, LIST_ITEMS)
    memory_copy(base + (i32(k) + 1) * 8, base + i32(k) * 8, (i32(n) - i32(k)) * 8)
    incref(x)
    store_i64(base + i32(k) * 8, x)
    store_i32(p, i32(n) + 1, LIST_LENGTH)
    return NONE_VALUE


def list_pop(l: obj, i: obj) -> obj:
    n: i32 = list_length(l)
    if n == 0:
        return raise_new(EXC_INDEX_ERROR, "pop from empty list")
    k: i64 = i64(n) - 1
    if i != MISSING_VALUE:
        k = index_argument(i)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        if k < 0:
            k += i64(n)
        if k < 0 or k >= i64(n):
            return raise_new(EXC_INDEX_ERROR, "pop index out of range")
    item: obj = list_item(l, i32(k))
    incref(item)
    list_remove_at(l, i32(k))
    return item


def search_bounds(length: i32, start: obj, end: obj) -> i64:
    """SEARCH_FROM and SEARCH_TO for the optional start and end of index()/count()."""
    a: i64 = 0
    b: i64 = i64(length)
    if start != MISSING_VALUE and start != NONE_VALUE:
        a = index_argument(start)
        if a < 0:
            a += i64(length)
            if a < 0:
                a = 0
    if end != MISSING_VALUE and end != NONE_VALUE:
        b = index_argument(end)
        if b < 0:
            b += i64(length)
            if b < 0:
                b = 0
    if b > i64(length):
        b = i64(length)
    SEARCH_FROM = a
    SEARCH_TO = b
    return 0


SEARCH_FROM: i64 = 0
SEARCH_TO: i64 = 0


def sequence_index(s: obj, x: obj, start: obj, end: obj, message: obj) -> obj:
    search_bounds(sequence_length(s), start, end)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    i: i64 = SEARCH_FROM
    stop: i64 = SEARCH_TO
    while i < stop and i < i64(sequence_length(s)):
        found: i32 = py_equal(sequence_item(s, i32(i)), x)
        if found < 0:
            return ERROR_VALUE
        if found:
            return box_int(i)
        i += 1
    if message == 0:  # list.index names the value
        text: obj = py_repr(x)
        if text == ERROR_VALUE:
            return text
        result: obj = raise_with_parts(EXC_VALUE_ERROR, text, " is not in list", "")
        decref(text)
        return result
    return raise_new(EXC_VALUE_ERROR, message)


def list_index(l: obj, x: obj, start: obj, end: obj) -> obj:
    return sequence_index(l, x, start, end, 0)


def tuple_index(t: obj, x: obj, start: obj, end: obj) -> obj:
    return sequence_index(t, x, start, end, "tuple.index(x): x not in tuple")


def sequence_count(s: obj, x: obj) -> obj:
    count: i64 = 0
    i: i32 = 0
    while i < sequence_length(s):
        found: i32 = py_equal(sequence_item(s, i), x)
        if found < 0:
            return ERROR_VALUE
        count += i64(found)
        i += 1
    return box_int(count)


def list_count(l: obj, x: obj) -> obj:
    return sequence_count(l, x)


def tuple_count(t: obj, x: obj) -> obj:
    return sequence_count(t, x)


def list_remove(l: obj, x: obj) -> obj:
    i: i32 = 0
    while i < list_length(l):
        found: i32 = py_equal(list_item(l, i), x)
        if found < 0:
            return ERROR_VALUE
        if found:
            list_remove_at(l, i)
            return NONE_VALUE
        i += 1
    return raise_new(EXC_VALUE_ERROR, "list.remove(x): x not in list")


def list_reverse_method(l: obj) -> obj:
    list_reverse_in_place(l)
    return NONE_VALUE


def list_copy(l: obj) -> obj:
    return sequence_to_list(l)


def list_clear(l: obj) -> obj:
    empty: obj = list_new(0)
    if empty == ERROR_VALUE:
        return empty
    list_replace_range(l, 0, list_length(l), empty)
    decref(empty)
    return NONE_VALUE


def list_sort_method(l: obj, key: obj, reverse: obj) -> obj:
    list_sort(l, key, reverse)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return NONE_VALUE


def float_is_integer(f: obj) -> obj:
    x: f64 = unbox_float(f)
    return box_bool(x == floor(x) and x - x == 0.0)


# Subscripts of values whose types compiled code does not know: a list with a small int
# index in range is read or written inline, anything else goes to the generic operation.

@inline
def subscript_get(c: obj, key: obj) -> obj:
    """c[key]"""
    if shr_u(c, TAG_SHIFT) == TAG_PTR and shr_u(key, TAG_SHIFT) == TAG_INT:
        p: i32 = i32(c)
        i: i64 = (key << 16) >> 16
        if load_i32(p, OB_TYPE) == TYPE_LIST and lt_u(i, u64(load_i32(p, LIST_LENGTH))):
            item: obj = load_i64(load_i32(p, LIST_ITEMS) + i32(i) * 8)
            if shr_u(item, TAG_SHIFT) == TAG_PTR:
                store_i32(i32(item), load_i32(i32(item)) + 1)
            return item
    return getitem_protected(c, key)


@inline
def subscript_set(c: obj, key: obj, value: obj) -> None:
    """c[key] = value"""
    if shr_u(c, TAG_SHIFT) == TAG_PTR and shr_u(key, TAG_SHIFT) == TAG_INT:
        p: i32 = i32(c)
        i: i64 = (key << 16) >> 16
        if load_i32(p, OB_TYPE) == TYPE_LIST and lt_u(i, u64(load_i32(p, LIST_LENGTH))):
            store_ref(load_i32(p, LIST_ITEMS) + i32(i) * 8, value)
            return
    setitem_protected(c, key, value)


@inline
def list_get_int(l: obj, i: i64) -> obj:
    """l[i] for a list and an unboxed int (compiled code calls it when it knows the types):
    an index in range inline, the rest out of line."""
    p: i32 = i32(l)
    if lt_u(i, u64(load_i32(p, LIST_LENGTH))):
        v: obj = load_i64(load_i32(p, LIST_ITEMS) + i32(i) * 8)
        if shr_u(v, TAG_SHIFT) == TAG_PTR:
            store_i32(i32(v), load_i32(i32(v)) + 1)
        return v
    return list_get_slow(l, i)


def list_get_slow(l: obj, i: i64) -> obj:
    p: i32 = i32(l)
    n: i64 = u64(load_i32(p, LIST_LENGTH))
    if i < 0:
        i += n
    if lt_u(i, n):
        v: obj = load_i64(load_i32(p, LIST_ITEMS) + i32(i) * 8)
        incref(v)
        return v
    return raise_new(EXC_INDEX_ERROR, "list index out of range")


@inline
def list_set_int(l: obj, i: i64, v: obj) -> None:
    """l[i] = v for a list and an unboxed int: an index in range inline, the rest out of line."""
    p: i32 = i32(l)
    if lt_u(i, u64(load_i32(p, LIST_LENGTH))):
        store_ref(load_i32(p, LIST_ITEMS) + i32(i) * 8, v)
        return
    list_set_slow(l, i, v)


def list_set_slow(l: obj, i: i64, v: obj) -> None:
    p: i32 = i32(l)
    n: i64 = u64(load_i32(p, LIST_LENGTH))
    if i < 0:
        i += n
    if lt_u(i, n):
        store_ref(load_i32(p, LIST_ITEMS) + i32(i) * 8, v)
        return
    raise_new(EXC_INDEX_ERROR, "list assignment index out of range")


def tuple_get_int(t: obj, i: i64) -> obj:
    p: i32 = i32(t)
    n: i64 = u64(load_i32(p, TUPLE_LENGTH))
    if i < 0:
        i += n
    if lt_u(i, n):
        v: obj = load_i64(p + TUPLE_ITEMS + i32(i) * 8)
        incref(v)
        return v
    return raise_new(EXC_INDEX_ERROR, "tuple index out of range")


def sequence_length_int(s: obj) -> i64:
    """len() of a list, a tuple or a str."""
    p: i32 = i32(s)
    t: i32 = load_i32(p, OB_TYPE)
    if t == TYPE_LIST:
        return u64(load_i32(p, LIST_LENGTH))
    if t == TYPE_TUPLE:
        return u64(load_i32(p, TUPLE_LENGTH))
    return u64(load_i32(p, STR_LENGTH))
