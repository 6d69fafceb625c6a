"""dict objects: CPython 3.11's compact dict (Objects/dictobject.c).

A dict is a header and, once it holds something, a table: an index of 2**log2 i32 slots
(DKIX_EMPTY, DKIX_DUMMY, or the number of an entry), then the entries in insertion order.
Lookups probe the index with CPython's perturbation; a deletion leaves a dummy in the index
and a dead entry (hash -1, as no hash is -1); a new key is appended after the last entry.
When no entry is left free the table is rebuilt, compacted, for 3 * used items.

    +8   i32  used: the number of items
    +12  i32  nentries: entries in use or dead
    +16  i32  usable: entries still free
    +20  i32  log2 of the index size (0 while there is no table)
    +24  i32  the table's address, 0 while the dict has never held anything

An entry:   +0 i64 hash (-1: dead)    +8 obj key    +16 obj value   (references)

The methods are in dict_methods.py and the views in dict_view.py.
"""

DICT_USED = 8
DICT_NENTRIES = 12
DICT_USABLE = 16
DICT_LOG2 = 20
DICT_TABLE = 24
DICT_OBJECT_SIZE = 32

DKIX_EMPTY = -1
DKIX_DUMMY = -2
DICT_ENTRY_SIZE = 24
ENTRY_HASH = 0
ENTRY_KEY = 8
ENTRY_VALUE = 16
DICT_LOG2_MINSIZE = 3
DICT_LOG2_MAX = 25  # 20 bytes a slot: the largest table alloc() gives
PERTURB_SHIFT = 5

# dict_lookup's results, besides an entry number.
DICT_ABSENT = -1
DICT_FAILED = -2
# The index slot where the last dict_lookup stopped (the key's slot when it was found).
DICT_SLOT: i32 = 0


def dict_new() -> obj:
    p: i32 = alloc(DICT_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_DICT, OB_TYPE)
    store_i32(p, 0, DICT_USED)
    store_i32(p, 0, DICT_NENTRIES)
    store_i32(p, 0, DICT_USABLE)
    store_i32(p, 0, DICT_LOG2)
    store_i32(p, 0, DICT_TABLE)
    return box_ptr(p)


def dict_length(d: obj) -> i32:
    return load_i32(i32(d), DICT_USED)


def dict_entry(p: i32, ix: i32) -> i32:
    """The address of entry ix of dict p."""
    return load_i32(p, DICT_TABLE) + (4 << load_i32(p, DICT_LOG2)) + ix * DICT_ENTRY_SIZE


def dict_next_entry(p: i32, ix: i32) -> i32:
    """The first live entry at or after ix, or -1."""
    n: i32 = load_i32(p, DICT_NENTRIES)
    while ix < n:
        if load_i64(dict_entry(p, ix), ENTRY_HASH) != -1:
            return ix
        ix += 1
    return -1


def dict_lookup(p: i32, key: obj, hash: i64) -> i32:
    """The entry number of key in dict p, DICT_ABSENT, or DICT_FAILED after raising (a
    comparison failed). Sets DICT_SLOT."""
    while True:
        table: i32 = load_i32(p, DICT_TABLE)
        if table == 0:
            return DICT_ABSENT
        log2: i32 = load_i32(p, DICT_LOG2)
        mask: i32 = (1 << log2) - 1
        entries: i32 = table + (4 << log2)
        perturb: i64 = hash
        i: i32 = i32(hash) & mask
        while True:
            ix: i32 = load_i32(table + i * 4)
            if ix == DKIX_EMPTY:
                DICT_SLOT = i
                return DICT_ABSENT
            if ix >= 0:
                e: i32 = entries + ix * DICT_ENTRY_SIZE
                k: obj = load_i64(e, ENTRY_KEY)
                if k == key:
                    DICT_SLOT = i
                    return ix
                if load_i64(e, ENTRY_HASH) != hash:
                    pass
                elif is_str(k) and is_str(key):
                    # str keys (the common case) compare here, without running any code.
                    if str_eq(k, key):
                        DICT_SLOT = i
                        return ix
                else:
                    equal: i32 = py_equal(k, key)
                    if equal < 0:
                        return DICT_FAILED
                    if (load_i32(p, DICT_TABLE) != table or load_i64(e, ENTRY_KEY) != k
                            or load_i64(e, ENTRY_HASH) != hash):
                        break  # the comparison changed the dict: start again
                    if equal:
                        DICT_SLOT = i
                        return ix
            perturb = shr_u(perturb, PERTURB_SHIFT)
            i = (i * 5 + i32(perturb) + 1) & mask


def dict_empty_slot(table: i32, log2: i32, hash: i64) -> i32:
    """The first index slot on hash's probe sequence that holds no entry."""
    mask: i32 = (1 << log2) - 1
    perturb: i64 = hash
    i: i32 = i32(hash) & mask
    while load_i32(table + i * 4) >= 0:
        perturb = shr_u(perturb, PERTURB_SHIFT)
        i = (i * 5 + i32(perturb) + 1) & mask
    return i


def dict_slot_of(p: i32, hash: i64, ix: i32) -> i32:
    """The index slot that holds entry ix (whose hash is `hash`)."""
    table: i32 = load_i32(p, DICT_TABLE)
    mask: i32 = (1 << load_i32(p, DICT_LOG2)) - 1
    perturb: i64 = hash
    i: i32 = i32(hash) & mask
    while load_i32(table + i * 4) != ix:
        perturb = shr_u(perturb, PERTURB_SHIFT)
        i = (i * 5 + i32(perturb) + 1) & mask
    return i


def dict_log2_for(minsize: i32) -> i32:
    """CPython's calculate_log2_keysize: the smallest log2 >= 3 with 2**log2 >= minsize."""
    log2: i32 = DICT_LOG2_MINSIZE
    while log2 < 31 and (1 << log2) < minsize:
        log2 += 1
    return log2


def dict_usable_fraction(size: i32) -> i32:
    return (size << 1) // 3


def dict_resize(p: i32, log2: i32) -> i32:
    """Move dict p's live entries, in order, to a new table of 2**log2 slots; 0, or -1
    after raising MemoryError."""
    if log2 > DICT_LOG2_MAX:
        raise_memory_error()
        return -1
    size: i32 = 1 << log2
    usable: i32 = dict_usable_fraction(size)
    table: i32 = alloc(size * 4 + usable * DICT_ENTRY_SIZE)
    if table == 0:
        raise_memory_error()
        return -1
    memory_fill(table, 0xFF, size * 4)
    entries: i32 = table + size * 4
    used: i32 = load_i32(p, DICT_USED)
    old: i32 = load_i32(p, DICT_TABLE)
    if old != 0:
        n: i32 = load_i32(p, DICT_NENTRIES)
        old_entries: i32 = old + (4 << load_i32(p, DICT_LOG2))
        if n == used:
            memory_copy(entries, old_entries, n * DICT_ENTRY_SIZE)
        else:
            j: i32 = 0
            for ix in range(0, n):
                e: i32 = old_entries + ix * DICT_ENTRY_SIZE
                if load_i64(e, ENTRY_HASH) != -1:
                    memory_copy(entries + j * DICT_ENTRY_SIZE, e, DICT_ENTRY_SIZE)
                    j += 1
        free(old)
    for ix in range(0, used):
        slot: i32 = dict_empty_slot(table, log2, load_i64(entries + ix * DICT_ENTRY_SIZE, ENTRY_HASH))
        store_i32(table + slot * 4, ix)
    store_i32(p, table, DICT_TABLE)
    store_i32(p, log2, DICT_LOG2)
    store_i32(p, used, DICT_NENTRIES)
    store_i32(p, usable - used, DICT_USABLE)
    return 0


def dict_insert(p: i32, key: obj, hash: i64, value: obj) -> i32:
    """d[key] = value with key's hash known (references taken); 0, or -1 after raising."""
    ix: i32 = dict_lookup(p, key, hash)
    if ix == DICT_FAILED:
        return -1
    if ix >= 0:
        e: i32 = dict_entry(p, ix)
        old: obj = load_i64(e, ENTRY_VALUE)
        incref(value)
        store_i64(e, value, ENTRY_VALUE)
        decref(old)
        return 0
    if load_i32(p, DICT_USABLE) <= 0:
        if dict_resize(p, dict_log2_for(load_i32(p, DICT_USED) * 3)) != 0:
            return -1
    table: i32 = load_i32(p, DICT_TABLE)
    slot: i32 = dict_empty_slot(table, load_i32(p, DICT_LOG2), hash)
    n: i32 = load_i32(p, DICT_NENTRIES)
    e2: i32 = dict_entry(p, n)
    incref(key)
    incref(value)
    store_i64(e2, hash, ENTRY_HASH)
    store_i64(e2, key, ENTRY_KEY)
    store_i64(e2, value, ENTRY_VALUE)
    store_i32(table + slot * 4, n)
    store_i32(p, load_i32(p, DICT_USABLE) - 1, DICT_USABLE)
    store_i32(p, n + 1, DICT_NENTRIES)
    store_i32(p, load_i32(p, DICT_USED) + 1, DICT_USED)
    return 0


def dict_remove_entry(p: i32, ix: i32, slot: i32) -> None:
    """Delete entry ix, found at index slot `slot`: a dummy in the index, a dead entry."""
    e: i32 = dict_entry(p, ix)
    key: obj = load_i64(e, ENTRY_KEY)
    value: obj = load_i64(e, ENTRY_VALUE)
    store_i32(load_i32(p, DICT_TABLE) + slot * 4, DKIX_DUMMY)
    store_i64(e, -1, ENTRY_HASH)
    store_i64(e, NONE_VALUE, ENTRY_KEY)
    store_i64(e, NONE_VALUE, ENTRY_VALUE)
    store_i32(p, load_i32(p, DICT_USED) - 1, DICT_USED)
    decref(key)
    decref(value)


def raise_key_error(key: obj) -> obj:
    """KeyError(key): CPython prints repr(key) as its message."""
    message: obj = py_repr(key)
    if message == ERROR_VALUE:
        return message
    return raise_with_args(EXC_KEY_ERROR, key, message)


def dict_getitem(d: obj, key: obj) -> obj:
    """d[key] (a new reference), or KeyError."""
    hash: i64 = py_hash(key)
    if hash == -1:
        return ERROR_VALUE
    ix: i32 = dict_lookup(i32(d), key, hash)
    if ix == DICT_FAILED:
        return ERROR_VALUE
    if ix == DICT_ABSENT:
        return raise_key_error(key)
    return new_ref(load_i64(dict_entry(i32(d), ix), ENTRY_VALUE))


def dict_get(d: obj, key: obj, default: obj) -> obj:
    """d.get(key, default); default MISSING_VALUE is None."""
    found: obj = dict_find(d, key)
    if found == MISSING_VALUE:
        return new_ref(NONE_VALUE if default == MISSING_VALUE else default)
    return new_ref(found)


def dict_find(d: obj, key: obj) -> obj:
    """The value of key in d (borrowed), MISSING_VALUE when absent (0 is the float 0.0), or
    ERROR_VALUE after raising."""
    hash: i64 = py_hash(key)
    if hash == -1:
        return ERROR_VALUE
    ix: i32 = dict_lookup(i32(d), key, hash)
    if ix == DICT_FAILED:
        return ERROR_VALUE
    if ix == DICT_ABSENT:
        return MISSING_VALUE
    return load_i64(dict_entry(i32(d), ix), ENTRY_VALUE)


def dict_setitem(d: obj, key: obj, value: obj) -> i32:
    """d[key] = value (references taken); 0, or -1 after raising."""
    hash: i64 = py_hash(key)
    if hash == -1:
        return -1
    return dict_insert(i32(d), key, hash, value)


def dict_set_pairs(d: obj, keys: obj, values: obj) -> i32:
    """d[keys[i]] = values[i] for each i in order: a dict display of constants, given as two
    tuples; 0, or -1 after raising."""
    for i in range(0, tuple_length(keys)):
        if dict_setitem(d, tuple_item(keys, i), tuple_item(values, i)) != 0:
            return -1
    return 0


def dict_delitem(d: obj, key: obj) -> i32:
    """del d[key]; 0, or -1 after raising (KeyError)."""
    hash: i64 = py_hash(key)
    if hash == -1:
        return -1
    p: i32 = i32(d)
    ix: i32 = dict_lookup(p, key, hash)
    if ix == DICT_FAILED:
        return -1
    if ix == DICT_ABSENT:
        raise_key_error(key)
        return -1
    dict_remove_entry(p, ix, DICT_SLOT)
    return 0


def dict_contains(d: obj, key: obj) -> i32:
    """1, 0, or -1 after raising (an unhashable key)."""
    hash: i64 = py_hash(key)
    if hash == -1:
        return -1
    return dict_contains_hash(d, key, hash)


def dict_contains_hash(d: obj, key: obj, hash: i64) -> i32:
    ix: i32 = dict_lookup(i32(d), key, hash)
    if ix == DICT_FAILED:
        return -1
    return ix >= 0


def dict_repr(d: obj) -> obj:
    """{'a': 1, 'b': [2]}, with {...} for a dict inside itself."""
    p: i32 = i32(d)
    entered: i32 = repr_enter(d)
    if entered < 0:
        return ERROR_VALUE
    if entered:
        return new_ref("{...}")
    if load_i32(p, DICT_USED) == 0:
        repr_leave(d)
        return new_ref("{}")
    parts: obj = list_new(load_i32(p, DICT_USED))
    if parts == ERROR_VALUE:
        repr_leave(d)
        return parts
    ix: i32 = dict_next_entry(p, 0)
    while ix >= 0:
        e: i32 = dict_entry(p, ix)
        key: obj = load_i64(e, ENTRY_KEY)
        value: obj = load_i64(e, ENTRY_VALUE)
        incref(key)
        incref(value)
        item: obj = dict_item_repr(key, ": ", value)
        decref(key)
        decref(value)
        if item == ERROR_VALUE or list_append(parts, item) != 0:
            decref(item)
            decref(parts)
            repr_leave(d)
            return ERROR_VALUE
        decref(item)
        ix = dict_next_entry(p, ix + 1)
    repr_leave(d)
    result: obj = join_wrapped("{", parts, "}")
    decref(parts)
    return result


def dict_item_repr(key: obj, separator: obj, value: obj) -> obj:
    """repr(key) + separator + repr(value)."""
    k: obj = py_repr(key)
    if k == ERROR_VALUE:
        return k
    v: obj = py_repr(value)
    if v == ERROR_VALUE:
        decref(k)
        return v
    result: obj = str_concat3(k, separator, v)
    decref(k)
    decref(v)
    return result


def join_wrapped(open: obj, parts: obj, close: obj) -> obj:
    """open + ", ".join(parts) + close."""
    inner: obj = join_strs(", ", parts)
    if inner == ERROR_VALUE:
        return inner
    result: obj = str_concat3(open, inner, close)
    decref(inner)
    return result


def dict_equal(a: obj, b: obj) -> i32:
    """a == b for two dicts: 1, 0, or -1 after raising."""
    pa: i32 = i32(a)
    pb: i32 = i32(b)
    if load_i32(pa, DICT_USED) != load_i32(pb, DICT_USED):
        return 0
    ix: i32 = dict_next_entry(pa, 0)
    while ix >= 0:
        e: i32 = dict_entry(pa, ix)
        key: obj = load_i64(e, ENTRY_KEY)
        value: obj = load_i64(e, ENTRY_VALUE)
        incref(key)
        incref(value)
        found: i32 = dict_lookup(pb, key, load_i64(e, ENTRY_HASH))
        equal: i32 = 0
        if found == DICT_FAILED:
            equal = -1
        elif found >= 0:
            other: obj = load_i64(dict_entry(pb, found), ENTRY_VALUE)
            incref(other)
            equal = py_equal(value, other)
            decref(other)
        decref(key)
        decref(value)
        if equal != 1:
            return equal
        ix = dict_next_entry(pa, ix + 1)
    return 1


# Iteration. An ITER_DICT_* iterator's number holds the dict's size when the iteration
# began (low 32 bits; -1 once a change was seen) and the items still expected (high 32
# bits). An exhausted iterator drops its dict (its source becomes None), as CPython's.


def dict_iter(d: obj, kind: i32) -> obj:
    """An iterator of kind ITER_DICT_KEYS, _VALUES or _ITEMS over d."""
    it: obj = iterator_new(kind, d, 0)
    if it == ERROR_VALUE:
        return it
    used: i64 = u64(load_i32(i32(d), DICT_USED))
    store_i64(i32(it), used | (used << 32), ITER_NUMBER)
    return it


def iterator_exhaust(it: obj) -> None:
    """Drop an iterator's source (dict or set) for good."""
    source: obj = iterator_source(it)
    store_i64(i32(it), NONE_VALUE, ITER_SOURCE)
    decref(source)


def dict_iter_next(it: obj) -> obj:
    d: obj = iterator_source(it)
    if d == NONE_VALUE:
        return STOP_VALUE
    p: i32 = i32(d)
    number: i64 = load_i64(i32(it), ITER_NUMBER)
    if i32(number) != load_i32(p, DICT_USED):
        store_i64(i32(it), number | 0xFFFFFFFF, ITER_NUMBER)
        return raise_new(EXC_RUNTIME_ERROR, "dictionary changed size during iteration")
    ix: i32 = dict_next_entry(p, i32(iterator_position(it)))
    if ix < 0:
        iterator_exhaust(it)
        return STOP_VALUE
    remaining: i64 = shr_u(number, 32)
    if remaining == 0:
        iterator_exhaust(it)
        return raise_new(EXC_RUNTIME_ERROR, "dictionary keys changed during iteration")
    iterator_set_position(it, i64(ix + 1))
    store_i64(i32(it), number - (1 << 32), ITER_NUMBER)
    e: i32 = dict_entry(p, ix)
    kind: i32 = iterator_kind(it)
    if kind == ITER_DICT_KEYS:
        return new_ref(load_i64(e, ENTRY_KEY))
    if kind == ITER_DICT_VALUES:
        return new_ref(load_i64(e, ENTRY_VALUE))
    return tuple_pack2(load_i64(e, ENTRY_KEY), load_i64(e, ENTRY_VALUE))


def dict_dealloc(p: i32) -> None:
    table: i32 = load_i32(p, DICT_TABLE)
    if table != 0:
        n: i32 = load_i32(p, DICT_NENTRIES)
        entries: i32 = table + (4 << load_i32(p, DICT_LOG2))
        for ix in range(0, n):
            e: i32 = entries + ix * DICT_ENTRY_SIZE
            if load_i64(e, ENTRY_HASH) != -1:
                decref(load_i64(e, ENTRY_KEY))
                decref(load_i64(e, ENTRY_VALUE))
        free(table)
    free(p)
