"""dict views: d.keys(), d.values(), d.items().

    +8   i32  kind: ITER_DICT_KEYS, ITER_DICT_VALUES or ITER_DICT_ITEMS (what it iterates)
    +16  obj  the dict (a reference)
"""

VIEW_KIND = 8
VIEW_DICT = 16
VIEW_OBJECT_SIZE = 24


def view_new(d: obj, kind: i32) -> obj:
    p: i32 = alloc(VIEW_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_DICT_VIEW, OB_TYPE)
    store_i32(p, kind, VIEW_KIND)
    incref(d)
    store_i64(p, d, VIEW_DICT)
    return box_ptr(p)


def dict_keys(d: obj) -> obj:
    return view_new(d, ITER_DICT_KEYS)


def dict_values(d: obj) -> obj:
    return view_new(d, ITER_DICT_VALUES)


def dict_items(d: obj) -> obj:
    return view_new(d, ITER_DICT_ITEMS)


def view_kind(v: obj) -> i32:
    return load_i32(i32(v), VIEW_KIND)


def view_dict(v: obj) -> obj:
    return load_i64(i32(v), VIEW_DICT)


def view_type_name(v: obj) -> obj:
    """dict_keys, dict_values or dict_items."""
    kind: i32 = view_kind(v)
    if kind == ITER_DICT_KEYS:
        return "dict_keys"
    if kind == ITER_DICT_VALUES:
        return "dict_values"
    return "dict_items"


def view_length(v: obj) -> i32:
    return dict_length(view_dict(v))


def view_iter(v: obj) -> obj:
    return dict_iter(view_dict(v), view_kind(v))


def view_contains(v: obj, key: obj) -> i32:
    """key in v: 1, 0, or -1 after raising."""
    d: obj = view_dict(v)
    kind: i32 = view_kind(v)
    if kind == ITER_DICT_KEYS:
        return dict_contains(d, key)
    if kind == ITER_DICT_ITEMS:
        if type_of(key) != TYPE_TUPLE or tuple_length(key) != 2:
            return 0
        hash: i64 = py_hash(tuple_item(key, 0))
        if hash == -1:
            return -1
        p: i32 = i32(d)
        ix: i32 = dict_lookup(p, tuple_item(key, 0), hash)
        if ix == DICT_FAILED:
            return -1
        if ix == DICT_ABSENT:
            return 0
        found: obj = new_ref(load_i64(dict_entry(p, ix), ENTRY_VALUE))
        equal: i32 = py_equal(found, tuple_item(key, 1))
        decref(found)
        return equal
    # values: a linear search, as CPython's (through iteration)
    p2: i32 = i32(d)
    ix2: i32 = dict_next_entry(p2, 0)
    while ix2 >= 0:
        value: obj = new_ref(load_i64(dict_entry(p2, ix2), ENTRY_VALUE))
        equal2: i32 = py_equal(value, key)
        decref(value)
        if equal2 != 0:
            return equal2
        ix2 = dict_next_entry(p2, ix2 + 1)
    return 0


def view_repr(v: obj) -> obj:
    """dict_keys([1, 2]), dict_values([...]), dict_items([(1, 2)]); ... for a view inside
    itself."""
    entered: i32 = repr_enter(v)
    if entered < 0:
        return ERROR_VALUE
    if entered:
        return new_ref("...")
    items: obj = list_new(view_length(v))
    if items == ERROR_VALUE:
        repr_leave(v)
        return items
    it: obj = view_iter(v)
    status: i32 = -1
    if it != ERROR_VALUE:
        status = list_extend(items, it)
        decref(it)
    text: obj = ERROR_VALUE
    if status == 0:
        text = list_repr(items)
    decref(items)
    repr_leave(v)
    if text == ERROR_VALUE:
        return text
    result: obj = str_concat3(view_type_name(v), "(", text)
    decref(text)
    if result == ERROR_VALUE:
        return result
    closed: obj = str_concat(result, ")")
    decref(result)
    return closed


def view_is_setlike(v: obj) -> i32:
    """A keys or an items view (they compare as sets)."""
    return type_of(v) == TYPE_DICT_VIEW and view_kind(v) != ITER_DICT_VALUES


def view_equal(a: obj, b: obj) -> i32:
    """a == b for a view a: a keys or items view equals a set, a frozenset, or a keys or
    items view with the same items; a values view only itself. 1, 0, or -1."""
    if a == b:
        return 1
    if not view_is_setlike(a):
        return 0
    tb: i32 = type_of(b)
    if tb != TYPE_SET and tb != TYPE_FROZENSET and not view_is_setlike(b):
        return 0
    if i64(view_length(a)) != py_len(b):
        return 0
    # every item of a is in b (CPython's all_contained_in)
    it: obj = view_iter(a)
    if it == ERROR_VALUE:
        return -1
    while True:
        item: obj = py_next(it)
        if item == STOP_VALUE:
            break
        if item == ERROR_VALUE:
            decref(it)
            return -1
        found: i32 = py_contains(b, item)
        decref(item)
        if found != 1:
            decref(it)
            return found
    decref(it)
    return 1


def view_dealloc(p: i32) -> None:
    decref(load_i64(p, VIEW_DICT))
    free(p)
