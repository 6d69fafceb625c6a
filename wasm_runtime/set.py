"""set and frozenset objects, laid out as CPython 3.11's (Objects/setobject.c) so that they
iterate in CPython's order: the same table sizes, probes (9 linear probes, then CPython's
perturbation), dummies, resizes, and the same insertion algorithms.

    +8   i32  fill: active and dummy entries
    +12  i32  used: active entries
    +16  i32  mask: the table size - 1
    +20  i32  the table's address (the small table below, or a block of its own)
    +24  i64  hash: a frozenset's, once computed; -1 otherwise
    +32  i32  finger: where set.pop() looks first
    +40  the small table: SET_MINSIZE entries

An entry:   +0 i64 hash    +8 i64 key, stored as key ^ SET_KEY_XOR (a reference)
An unused entry is all zero (a float 0.0 is a key of bits 0, hence the XOR: SET_KEY_XOR is
no value's bits); a dummy (a deleted entry) has hash -1 and stored key SET_DUMMY.

The algebra (| & - ^, the methods and comparisons) is in set_ops.py.
"""

SET_FILL = 8
SET_USED = 12
SET_MASK = 16
SET_TABLE = 20
SET_HASH = 24
SET_FINGER = 32
SET_SMALLTABLE = 40
SET_MINSIZE = 8
SET_ENTRY_SIZE = 16
SET_OBJECT_SIZE = SET_SMALLTABLE + SET_MINSIZE * SET_ENTRY_SIZE
SET_ENTRY_KEY = 8
SET_KEY_XOR = 0xFFFD0000DEAD0000
SET_DUMMY = 1
LINEAR_PROBES = 9
SET_MAX_SIZE = 1 << 26  # entries of the largest table alloc() gives

# A copy of a small table while it is rebuilt in place (set_table_resize calls nothing
# that could come back here).
SET_SMALL_COPY = data_zero(SET_MINSIZE * SET_ENTRY_SIZE)


def is_anyset(v: obj) -> i32:
    t: i32 = type_of(v)
    return t == TYPE_SET or t == TYPE_FROZENSET


def set_new(type_id: i32) -> obj:
    """An empty set (TYPE_SET) or frozenset (TYPE_FROZENSET)."""
    p: i32 = alloc(SET_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, type_id, OB_TYPE)
    set_empty_to_minsize(p)
    store_i32(p, 0, SET_FINGER)
    return box_ptr(p)


def set_empty_to_minsize(p: i32) -> None:
    memory_fill(p + SET_SMALLTABLE, 0, SET_MINSIZE * SET_ENTRY_SIZE)
    store_i32(p, 0, SET_FILL)
    store_i32(p, 0, SET_USED)
    store_i32(p, SET_MINSIZE - 1, SET_MASK)
    store_i32(p, p + SET_SMALLTABLE, SET_TABLE)
    store_i64(p, -1, SET_HASH)


def set_length(s: obj) -> i32:
    return load_i32(i32(s), SET_USED)


def set_entry_active(e: i32) -> i32:
    return gt_u(load_i64(e, SET_ENTRY_KEY), SET_DUMMY)


def set_entry_key(e: i32) -> obj:
    """The key of an active entry (borrowed)."""
    return load_i64(e, SET_ENTRY_KEY) ^ SET_KEY_XOR


def set_next(p: i32, i: i32) -> i32:
    """The address of the first active entry at or after slot i, or 0; SET_NEXT_SLOT is
    set to its slot."""
    table: i32 = load_i32(p, SET_TABLE)
    mask: i32 = load_i32(p, SET_MASK)
    while i <= mask:
        e: i32 = table + i * SET_ENTRY_SIZE
        if set_entry_active(e):
            SET_NEXT_SLOT = i
            return e
        i += 1
    return 0


SET_NEXT_SLOT: i32 = 0


def set_lookkey(p: i32, key: obj, hash: i64) -> i32:
    """The entry of key in set p, or the unused entry that ends its probes; 0 after raising."""
    table: i32 = load_i32(p, SET_TABLE)
    mask: i32 = load_i32(p, SET_MASK)
    perturb: i64 = hash
    i: i32 = i32(hash) & mask
    while True:
        e: i32 = table + i * SET_ENTRY_SIZE
        probes: i32 = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
        while True:
            stored: i64 = load_i64(e, SET_ENTRY_KEY)
            h: i64 = load_i64(e)
            if h == 0 and stored == 0:
                return e
            if h == hash:
                k: obj = stored ^ SET_KEY_XOR
                if k == key:
                    return e
                equal: i32 = py_equal(k, key)
                if equal < 0:
                    return 0
                if load_i32(p, SET_TABLE) != table or load_i64(e, SET_ENTRY_KEY) != stored:
                    return set_lookkey(p, key, hash)  # the comparison changed the set
                if equal > 0:
                    return e
                mask = load_i32(p, SET_MASK)
            e += SET_ENTRY_SIZE
            if probes == 0:
                break
            probes -= 1
        perturb = shr_u(perturb, PERTURB_SHIFT)
        i = (i * 5 + 1 + i32(perturb)) & mask


def set_add_entry(p: i32, key: obj, hash: i64) -> i32:
    """Add key (with its hash; a reference is taken when it is inserted) as CPython's
    set_add_entry: into the last dummy on its probes, else the unused entry that ends
    them, then grow when fill reaches 3/5 of the table. 0, or -1 after raising."""
    table: i32 = load_i32(p, SET_TABLE)
    mask: i32 = load_i32(p, SET_MASK)
    perturb: i64 = hash
    i: i32 = i32(hash) & mask
    freeslot: i32 = 0
    unused: i32 = 0
    while True:
        e: i32 = table + i * SET_ENTRY_SIZE
        probes: i32 = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
        while True:
            stored: i64 = load_i64(e, SET_ENTRY_KEY)
            h: i64 = load_i64(e)
            if h == 0 and stored == 0:
                unused = e
                break
            if h == hash:
                k: obj = stored ^ SET_KEY_XOR
                if k == key:
                    return 0
                equal: i32 = py_equal(k, key)
                if equal > 0:
                    return 0
                if equal < 0:
                    return -1
                if load_i32(p, SET_TABLE) != table or load_i64(e, SET_ENTRY_KEY) != stored:
                    return set_add_entry(p, key, hash)  # the comparison changed the set
                mask = load_i32(p, SET_MASK)
            elif h == -1:
                freeslot = e  # the last dummy on the probes, as CPython 3.11
            e += SET_ENTRY_SIZE
            if probes == 0:
                break
            probes -= 1
        if unused != 0:
            break
        perturb = shr_u(perturb, PERTURB_SHIFT)
        i = (i * 5 + 1 + i32(perturb)) & mask
    incref(key)
    used: i32 = load_i32(p, SET_USED) + 1
    store_i32(p, used, SET_USED)
    if freeslot != 0:
        store_i64(freeslot, hash)
        store_i64(freeslot, key ^ SET_KEY_XOR, SET_ENTRY_KEY)
        return 0
    fill: i32 = load_i32(p, SET_FILL) + 1
    store_i32(p, fill, SET_FILL)
    store_i64(unused, hash)
    store_i64(unused, key ^ SET_KEY_XOR, SET_ENTRY_KEY)
    if fill * 5 < mask * 3:
        return 0
    return set_table_resize(p, used * 2 if used > 50000 else used * 4)


def set_insert_clean(table: i32, mask: i32, stored: i64, hash: i64) -> None:
    """Put an entry known to be absent into a table without dummies."""
    perturb: i64 = hash
    i: i32 = i32(hash) & mask
    while True:
        e: i32 = table + i * SET_ENTRY_SIZE
        if load_i64(e, SET_ENTRY_KEY) == 0:
            break
        found: i32 = 0
        if i + LINEAR_PROBES <= mask:
            for j in range(0, LINEAR_PROBES):
                e += SET_ENTRY_SIZE
                if load_i64(e, SET_ENTRY_KEY) == 0:
                    found = 1
                    break
        if found:
            break
        perturb = shr_u(perturb, PERTURB_SHIFT)
        i = (i * 5 + 1 + i32(perturb)) & mask
    store_i64(e, hash)
    store_i64(e, stored, SET_ENTRY_KEY)


def set_table_resize(p: i32, minused: i32) -> i32:
    """Rebuild set p's table with the smallest size above minused (dropping its dummies);
    0, or -1 after raising MemoryError."""
    size: i32 = SET_MINSIZE
    while size <= minused:
        size = size << 1
        if size > SET_MAX_SIZE:
            raise_memory_error()
            return -1
    old: i32 = load_i32(p, SET_TABLE)
    old_mask: i32 = load_i32(p, SET_MASK)
    small: i32 = p + SET_SMALLTABLE
    old_malloced: i32 = old != small
    table: i32 = small
    if size == SET_MINSIZE:
        if old == small:
            if load_i32(p, SET_FILL) == load_i32(p, SET_USED):
                return 0  # no dummies: nothing to do
            memory_copy(SET_SMALL_COPY, old, SET_MINSIZE * SET_ENTRY_SIZE)
            old = SET_SMALL_COPY
    else:
        table = alloc(size * SET_ENTRY_SIZE)
        if table == 0:
            raise_memory_error()
            return -1
    memory_fill(table, 0, size * SET_ENTRY_SIZE)
    store_i32(p, size - 1, SET_MASK)
    store_i32(p, table, SET_TABLE)
    store_i32(p, load_i32(p, SET_USED), SET_FILL)
    for i in range(0, old_mask + 1):
        e: i32 = old + i * SET_ENTRY_SIZE
        if set_entry_active(e):
            set_insert_clean(table, size - 1, load_i64(e, SET_ENTRY_KEY), load_i64(e))
    if old_malloced:
        free(old)
    return 0


def set_key_hash(key: obj) -> i64:
    """The hash a key is looked up with: a set key is looked up as the frozenset of its
    items (CPython retries `in`, remove and discard so), whose hash it has."""
    if type_of(key) == TYPE_SET:
        return set_table_hash(i32(key))
    return py_hash(key)


def set_contains_entry(p: i32, key: obj, hash: i64) -> i32:
    e: i32 = set_lookkey(p, key, hash)
    if e == 0:
        return -1
    return load_i64(e, SET_ENTRY_KEY) != 0


def set_discard_entry(p: i32, key: obj, hash: i64) -> i32:
    """Remove key: 1 when it was there, 0 when not, -1 after raising."""
    e: i32 = set_lookkey(p, key, hash)
    if e == 0:
        return -1
    stored: i64 = load_i64(e, SET_ENTRY_KEY)
    if stored == 0:
        return 0
    store_i64(e, -1)
    store_i64(e, SET_DUMMY, SET_ENTRY_KEY)
    store_i32(p, load_i32(p, SET_USED) - 1, SET_USED)
    decref(stored ^ SET_KEY_XOR)
    return 1


def set_add(s: obj, key: obj) -> i32:
    """Add key (a reference taken); 0, or -1 after raising."""
    hash: i64 = py_hash(key)
    if hash == -1:
        return -1
    return set_add_entry(i32(s), key, hash)


def set_contains(s: obj, key: obj) -> i32:
    """key in s: 1, 0, or -1 after raising."""
    hash: i64 = set_key_hash(key)
    if hash == -1:
        return -1
    return set_contains_entry(i32(s), key, hash)


def set_discard(s: obj, key: obj) -> i32:
    """s.discard(key): 1 when key was there, 0 when not, -1 after raising."""
    hash: i64 = set_key_hash(key)
    if hash == -1:
        return -1
    return set_discard_entry(i32(s), key, hash)


def set_remove(s: obj, key: obj) -> i32:
    """s.remove(key): 0, or -1 after raising (KeyError when key is not there)."""
    found: i32 = set_discard(s, key)
    if found < 0:
        return -1
    if found == 0:
        raise_key_error(key)
        return -1
    return 0


def set_pop(s: obj) -> obj:
    """s.pop(): the first active entry from the finger on, removed."""
    p: i32 = i32(s)
    if load_i32(p, SET_USED) == 0:
        return raise_key_error("pop from an empty set")
    table: i32 = load_i32(p, SET_TABLE)
    mask: i32 = load_i32(p, SET_MASK)
    i: i32 = load_i32(p, SET_FINGER) & mask
    while not set_entry_active(table + i * SET_ENTRY_SIZE):
        i += 1
        if i > mask:
            i = 0
    e: i32 = table + i * SET_ENTRY_SIZE
    key: obj = set_entry_key(e)
    store_i64(e, -1)
    store_i64(e, SET_DUMMY, SET_ENTRY_KEY)
    store_i32(p, load_i32(p, SET_USED) - 1, SET_USED)
    store_i32(p, i + 1, SET_FINGER)
    return key


def set_clear(s: obj) -> None:
    """s.clear(): the set is emptied first, then its keys released."""
    p: i32 = i32(s)
    table: i32 = load_i32(p, SET_TABLE)
    size: i32 = load_i32(p, SET_MASK) + 1
    small: i32 = p + SET_SMALLTABLE
    if table == small:
        if load_i32(p, SET_FILL) == 0:
            return
        table = alloc(SET_MINSIZE * SET_ENTRY_SIZE)
        if table == 0:
            # No room for a copy: release the keys in place (no decref can reach this set).
            release_keys(small, SET_MINSIZE)
            set_empty_to_minsize(p)
            return
        memory_copy(table, small, SET_MINSIZE * SET_ENTRY_SIZE)
    set_empty_to_minsize(p)
    release_keys(table, size)
    free(table)


def release_keys(table: i32, size: i32) -> None:
    for i in range(0, size):
        e: i32 = table + i * SET_ENTRY_SIZE
        if set_entry_active(e):
            decref(set_entry_key(e))


def set_merge(p: i32, q: i32) -> i32:
    """Add every key of set q to set p, as CPython's set_merge; 0, or -1 after raising."""
    other_used: i32 = load_i32(q, SET_USED)
    if p == q or other_used == 0:
        return 0
    if (load_i32(p, SET_FILL) + other_used) * 5 >= load_i32(p, SET_MASK) * 3:
        if set_table_resize(p, (load_i32(p, SET_USED) + other_used) * 2) != 0:
            return -1
    table: i32 = load_i32(p, SET_TABLE)
    other: i32 = load_i32(q, SET_TABLE)
    other_mask: i32 = load_i32(q, SET_MASK)
    if load_i32(p, SET_FILL) == 0:
        mask: i32 = load_i32(p, SET_MASK)
        if mask == other_mask and load_i32(q, SET_FILL) == other_used:
            # Same size, no dummies: the entries keep their places.
            for i in range(0, other_mask + 1):
                e: i32 = other + i * SET_ENTRY_SIZE
                if load_i64(e, SET_ENTRY_KEY) != 0:
                    incref(set_entry_key(e))
                    memory_copy(table + i * SET_ENTRY_SIZE, e, SET_ENTRY_SIZE)
            store_i32(p, load_i32(q, SET_FILL), SET_FILL)
            store_i32(p, other_used, SET_USED)
            return 0
        store_i32(p, other_used, SET_FILL)
        store_i32(p, other_used, SET_USED)
        for i in range(0, other_mask + 1):
            e2: i32 = other + i * SET_ENTRY_SIZE
            if set_entry_active(e2):
                incref(set_entry_key(e2))
                set_insert_clean(table, mask, load_i64(e2, SET_ENTRY_KEY), load_i64(e2))
        return 0
    for i in range(0, other_mask + 1):
        e3: i32 = load_i32(q, SET_TABLE) + i * SET_ENTRY_SIZE
        if set_entry_active(e3):
            if set_add_entry(p, set_entry_key(e3), load_i64(e3)) != 0:
                return -1
    return 0


def set_update_internal(p: i32, other: obj) -> i32:
    """Add the items of any iterable (a set or dict by their hashes); 0, or -1."""
    t: i32 = type_of(other)
    if t == TYPE_SET or t == TYPE_FROZENSET:
        return set_merge(p, i32(other))
    if t == TYPE_DICT:
        q: i32 = i32(other)
        n: i32 = dict_length(other)
        if (load_i32(p, SET_FILL) + n) * 5 >= load_i32(p, SET_MASK) * 3:
            if set_table_resize(p, (load_i32(p, SET_USED) + n) * 2) != 0:
                return -1
        ix: i32 = dict_next_entry(q, 0)
        while ix >= 0:
            e: i32 = dict_entry(q, ix)
            if set_add_entry(p, load_i64(e, ENTRY_KEY), load_i64(e, ENTRY_HASH)) != 0:
                return -1
            ix = dict_next_entry(q, ix + 1)
        return 0
    it: obj = py_iter(other)
    if it == ERROR_VALUE:
        return -1
    s: obj = box_ptr(p)
    while True:
        key: obj = py_next(it)
        if key == STOP_VALUE:
            break
        if key == ERROR_VALUE:
            decref(it)
            return -1
        status: i32 = set_add(s, key)
        decref(key)
        if status != 0:
            decref(it)
            return -1
    decref(it)
    return 0


def set_make(type_id: i32, iterable: obj) -> obj:
    """A new set or frozenset of the items of iterable (MISSING_VALUE: empty)."""
    s: obj = set_new(type_id)
    if s == ERROR_VALUE or iterable == MISSING_VALUE:
        return s
    if set_update_internal(i32(s), iterable) != 0:
        decref(s)
        return ERROR_VALUE
    return s


def set_new_from(type_id: i32, iterable: obj) -> obj:
    """set(iterable) or frozenset(iterable) (MISSING_VALUE: no argument); frozenset of a
    frozenset is that frozenset."""
    if type_id == TYPE_FROZENSET and type_of(iterable) == TYPE_FROZENSET:
        return new_ref(iterable)
    return set_make(type_id, iterable)


def set_clone(s: obj) -> obj:
    """A new set of s's type with s's keys (CPython's set_copy)."""
    return set_make(type_of(s), s)


def set_copy(s: obj) -> obj:
    """s.copy(): a frozenset's copy is itself."""
    if type_of(s) == TYPE_FROZENSET:
        return new_ref(s)
    return set_clone(s)


def set_repr(s: obj) -> obj:
    """{1, 2}, set(), frozenset({1, 2}), frozenset()."""
    p: i32 = i32(s)
    frozen: i32 = type_of(s) == TYPE_FROZENSET
    entered: i32 = repr_enter(s)
    if entered < 0:
        return ERROR_VALUE
    if entered:
        return new_ref("frozenset(...)" if frozen else "set(...)")
    if load_i32(p, SET_USED) == 0:
        repr_leave(s)
        return new_ref("frozenset()" if frozen else "set()")
    parts: obj = list_new(load_i32(p, SET_USED))
    if parts == ERROR_VALUE:
        repr_leave(s)
        return parts
    e: i32 = set_next(p, 0)
    while e != 0:
        slot: i32 = SET_NEXT_SLOT
        text: obj = py_repr(set_entry_key(e))
        if text == ERROR_VALUE or list_append(parts, text) != 0:
            decref(text)
            decref(parts)
            repr_leave(s)
            return ERROR_VALUE
        decref(text)
        e = set_next(p, slot + 1)
    repr_leave(s)
    result: obj = join_wrapped("frozenset({" if frozen else "{", parts, "})" if frozen else "}")
    decref(parts)
    return result


def set_equal(a: obj, b: obj) -> i32:
    """a == b for a set or frozenset a: 1, 0, or -1 after raising."""
    if not is_anyset(b):
        return a == b
    pa: i32 = i32(a)
    pb: i32 = i32(b)
    if load_i32(pa, SET_USED) != load_i32(pb, SET_USED):
        return 0
    ha: i64 = load_i64(pa, SET_HASH)
    hb: i64 = load_i64(pb, SET_HASH)
    if ha != -1 and hb != -1 and ha != hb:
        return 0
    return set_issubset_internal(pa, pb)


def set_issubset_internal(pa: i32, pb: i32) -> i32:
    """Every key of set pa is in set pb: 1, 0, or -1."""
    if load_i32(pa, SET_USED) > load_i32(pb, SET_USED):
        return 0
    e: i32 = set_next(pa, 0)
    while e != 0:
        slot: i32 = SET_NEXT_SLOT
        found: i32 = set_contains_entry(pb, set_entry_key(e), load_i64(e))
        if found != 1:
            return found
        e = set_next(pa, slot + 1)
    return 1


def set_iter(s: obj) -> obj:
    """An ITER_SET iterator: its number is the set's size when it began (-1 once a change
    was seen)."""
    it: obj = iterator_new(ITER_SET, s, 0)
    if it == ERROR_VALUE:
        return it
    store_i64(i32(it), i64(load_i32(i32(s), SET_USED)), ITER_NUMBER)
    return it


def set_iter_next(it: obj) -> obj:
    s: obj = iterator_source(it)
    if s == NONE_VALUE:
        return STOP_VALUE
    p: i32 = i32(s)
    if load_i64(i32(it), ITER_NUMBER) != i64(load_i32(p, SET_USED)):
        store_i64(i32(it), -1, ITER_NUMBER)
        return raise_new(EXC_RUNTIME_ERROR, "Set changed size during iteration")
    e: i32 = set_next(p, i32(iterator_position(it)))
    if e == 0:
        iterator_exhaust(it)
        return STOP_VALUE
    iterator_set_position(it, i64(SET_NEXT_SLOT + 1))
    return new_ref(set_entry_key(e))


def set_table_hash(p: i32) -> i64:
    """CPython's frozenset hash of set p's keys (it depends on their hashes only)."""
    table: i32 = load_i32(p, SET_TABLE)
    mask: i32 = load_i32(p, SET_MASK)
    fill: i32 = load_i32(p, SET_FILL)
    used: i32 = load_i32(p, SET_USED)
    hash: i64 = 0
    for i in range(0, mask + 1):
        hash = hash ^ shuffle_bits(load_i64(table + i * SET_ENTRY_SIZE))
    if (mask + 1 - fill) & 1:
        hash = hash ^ shuffle_bits(0)  # an odd number of unused entries
    if (fill - used) & 1:
        hash = hash ^ shuffle_bits(-1)  # an odd number of dummies
    hash = hash ^ ((i64(used) + 1) * 1927868237)
    hash = hash ^ (shr_u(hash, 11) ^ shr_u(hash, 25))
    hash = hash * 69069 + 907133923
    if hash == -1:
        hash = 590923713
    return hash


def shuffle_bits(h: i64) -> i64:
    return ((h ^ 89869747) ^ (h << 16)) * 3644798167


def set_hash(s: obj) -> i64:
    """hash(s) for a frozenset (computed once); TypeError for a set."""
    p: i32 = i32(s)
    if type_of(s) != TYPE_FROZENSET:
        return raise_unhashable(s)
    hash: i64 = load_i64(p, SET_HASH)
    if hash == -1:
        hash = set_table_hash(p)
        store_i64(p, hash, SET_HASH)
    return hash


def set_dealloc(p: i32) -> None:
    table: i32 = load_i32(p, SET_TABLE)
    release_keys(table, load_i32(p, SET_MASK) + 1)
    if table != p + SET_SMALLTABLE:
        free(table)
    free(p)
