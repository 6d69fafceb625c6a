"""The dict methods (pop, popitem, setdefault, update, copy, clear, fromkeys) and the |
and |= operators, over the table of dict.py."""


def dict_pop(d: obj, key: obj, default: obj) -> obj:
    """d.pop(key[, default]): default MISSING_VALUE raises KeyError for a missing key."""
    if key == MISSING_VALUE:
        return missing_key_argument("pop")
    p: i32 = i32(d)
    if load_i32(p, DICT_USED) == 0:
        # As CPython: an empty dict does not hash the key.
        if default != MISSING_VALUE:
            return new_ref(default)
        return raise_key_error(key)
    hash: i64 = py_hash(key)
    if hash == -1:
        return ERROR_VALUE
    ix: i32 = dict_lookup(p, key, hash)
    if ix == DICT_FAILED:
        return ERROR_VALUE
    if ix == DICT_ABSENT:
        if default != MISSING_VALUE:
            return new_ref(default)
        return raise_key_error(key)
    value: obj = new_ref(load_i64(dict_entry(p, ix), ENTRY_VALUE))
    dict_remove_entry(p, ix, DICT_SLOT)
    return value


def dict_popitem(d: obj) -> obj:
    """d.popitem(): the last (key, value) pair, removed."""
    p: i32 = i32(d)
    if load_i32(p, DICT_USED) == 0:
        return raise_key_error("popitem(): dictionary is empty")
    pair: obj = tuple_new(2)
    if pair == ERROR_VALUE:
        return pair
    ix: i32 = load_i32(p, DICT_NENTRIES) - 1
    while load_i64(dict_entry(p, ix), ENTRY_HASH) == -1:
        ix -= 1
    e: i32 = dict_entry(p, ix)
    hash: i64 = load_i64(e, ENTRY_HASH)
    store_i32(load_i32(p, DICT_TABLE) + dict_slot_of(p, hash, ix) * 4, DKIX_DUMMY)
    tuple_set(pair, 0, load_i64(e, ENTRY_KEY))
    tuple_set(pair, 1, load_i64(e, ENTRY_VALUE))
    store_i64(e, -1, ENTRY_HASH)
    store_i64(e, NONE_VALUE, ENTRY_KEY)
    store_i64(e, NONE_VALUE, ENTRY_VALUE)
    # As CPython: the entries after it are free again, but not its index slot.
    store_i32(p, ix, DICT_NENTRIES)
    store_i32(p, load_i32(p, DICT_USED) - 1, DICT_USED)
    return pair


def dict_setdefault(d: obj, key: obj, default: obj) -> obj:
    """d.setdefault(key[, default]): the value of key, inserting default (None when
    MISSING_VALUE) first when key is missing."""
    if default == MISSING_VALUE:
        default = NONE_VALUE
    hash: i64 = py_hash(key)
    if hash == -1:
        return ERROR_VALUE
    p: i32 = i32(d)
    ix: i32 = dict_lookup(p, key, hash)
    if ix == DICT_FAILED:
        return ERROR_VALUE
    if ix >= 0:
        return new_ref(load_i64(dict_entry(p, ix), ENTRY_VALUE))
    if dict_insert(p, key, hash, default) != 0:
        return ERROR_VALUE
    return new_ref(default)


def dict_merge(p: i32, other: obj) -> i32:
    """Insert every item of dict `other` into dict p, in order; 0, or -1 after raising."""
    q: i32 = i32(other)
    n: i32 = load_i32(q, DICT_USED)
    if q == p or n == 0:
        return 0
    # One resize up front rather than several on the way (CPython's estimate_log2_keysize).
    if dict_usable_fraction(1 << load_i32(p, DICT_LOG2)) < n or load_i32(p, DICT_TABLE) == 0:
        wanted: i32 = dict_log2_for(((load_i32(p, DICT_USED) + n) * 3 + 1) // 2)
        if wanted > load_i32(p, DICT_LOG2) and dict_resize(p, wanted) != 0:
            return -1
    ix: i32 = dict_next_entry(q, 0)
    while ix >= 0:
        e: i32 = dict_entry(q, ix)
        if dict_insert(p, load_i64(e, ENTRY_KEY), load_i64(e, ENTRY_HASH), load_i64(e, ENTRY_VALUE)) != 0:
            return -1
        ix = dict_next_entry(q, ix + 1)
    return 0


def dict_update(d: obj, other: obj) -> i32:
    """d.update(other): other a dict, an object with keys() (mappings.py), or an iterable
    of pairs; 0, or -1 after raising."""
    if type_of(other) == TYPE_DICT:
        return dict_merge(i32(d), other)
    status: i32 = mapping_update(d, other, 0)
    if status != 1:
        return status
    it: obj = py_iter(other)
    if it == ERROR_VALUE:
        return -1
    index: i64 = 0
    while True:
        item: obj = py_next(it)
        if item == STOP_VALUE:
            break
        if item == ERROR_VALUE:
            decref(it)
            return -1
        status: i32 = dict_update_pair(d, item, index)
        decref(item)
        if status != 0:
            decref(it)
            return -1
        index += 1
    decref(it)
    return 0


def dict_update_pair(d: obj, item: obj, index: i64) -> i32:
    """d[k] = v for an item (k, v) of dict.update's sequence (any iterable of length 2)."""
    t: i32 = type_of(item)
    items: obj = 0
    if t == TYPE_LIST or t == TYPE_TUPLE:
        items = new_ref(item)
    else:
        inner: obj = py_iter(item)
        if inner == ERROR_VALUE:
            number: obj = int_to_str(index)
            if number == ERROR_VALUE:
                return -1
            raise_with_parts(EXC_TYPE_ERROR, "cannot convert dictionary update sequence element #", number,
                             " to a sequence")
            decref(number)
            return -1
        items = list_new(2)
        if items == ERROR_VALUE:
            decref(inner)
            return -1
        status: i32 = list_extend(items, inner)
        decref(inner)
        if status != 0:
            decref(items)
            return -1
    n: i32 = sequence_length(items)
    if n != 2:
        decref(items)
        return dict_update_length_error(index, n)
    result: i32 = dict_setitem(d, sequence_item(items, 0), sequence_item(items, 1))
    decref(items)
    return result


def dict_update_length_error(index: i64, n: i32) -> i32:
    """ValueError: dictionary update sequence element #0 has length 3; 2 is required"""
    number: obj = int_to_str(index)
    if number == ERROR_VALUE:
        return -1
    length: obj = int_to_str(i64(n))
    if length == ERROR_VALUE:
        decref(number)
        return -1
    head: obj = str_concat3("dictionary update sequence element #", number, " has length ")
    if head != ERROR_VALUE:
        raise_with_parts(EXC_VALUE_ERROR, head, length, "; 2 is required")
        decref(head)
    decref(number)
    decref(length)
    return -1


def dict_copy(d: obj) -> obj:
    copy: obj = dict_new()
    if copy == ERROR_VALUE:
        return copy
    if dict_merge(i32(copy), d) != 0:
        decref(copy)
        return ERROR_VALUE
    return copy


def dict_clear(d: obj) -> None:
    """d.clear(): the dict is emptied first, then its items released."""
    p: i32 = i32(d)
    table: i32 = load_i32(p, DICT_TABLE)
    if table == 0:
        return
    n: i32 = load_i32(p, DICT_NENTRIES)
    entries: i32 = table + (4 << load_i32(p, DICT_LOG2))
    store_i32(p, 0, DICT_USED)
    store_i32(p, 0, DICT_NENTRIES)
    store_i32(p, 0, DICT_USABLE)
    store_i32(p, 0, DICT_LOG2)
    store_i32(p, 0, DICT_TABLE)
    for ix in range(0, n):
        e: i32 = entries + ix * DICT_ENTRY_SIZE
        if load_i64(e, ENTRY_HASH) != -1:
            decref(load_i64(e, ENTRY_KEY))
            decref(load_i64(e, ENTRY_VALUE))
    free(table)


def dict_fromkeys(iterable: obj, value: obj) -> obj:
    """dict.fromkeys(iterable[, value]); value MISSING_VALUE is None."""
    if value == MISSING_VALUE:
        value = NONE_VALUE
    d: obj = dict_new()
    if d == ERROR_VALUE:
        return d
    it: obj = py_iter(iterable)
    if it == ERROR_VALUE:
        decref(d)
        return it
    while True:
        key: obj = py_next(it)
        if key == STOP_VALUE:
            break
        if key == ERROR_VALUE:
            decref(it)
            decref(d)
            return key
        status: i32 = dict_setitem(d, key, value)
        decref(key)
        if status != 0:
            decref(it)
            decref(d)
            return ERROR_VALUE
    decref(it)
    return d


def dict_or(a: obj, b: obj) -> obj:
    """a | b: a new dict, a's items updated with b's (both dicts)."""
    if type_of(a) != TYPE_DICT or type_of(b) != TYPE_DICT:
        return raise_types_error("unsupported operand type(s) for ", "|", ": '", a, b)
    result: obj = dict_copy(a)
    if result == ERROR_VALUE:
        return result
    if dict_merge(i32(result), b) != 0:
        decref(result)
        return ERROR_VALUE
    return result


def dict_inplace_or(a: obj, b: obj) -> obj:
    """a |= b: a updated with b (a dict or an iterable of pairs); a new reference to a."""
    if dict_update(a, b) != 0:
        return ERROR_VALUE
    return new_ref(a)
