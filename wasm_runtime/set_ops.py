"""The set algebra, as CPython 3.11's Objects/setobject.c computes it (the same loops, so
the same result order): the operators | & - ^ (both operands sets or frozensets), their
in-place forms, the methods that take any iterable, and the subset comparisons.

A result has the type of the left operand (frozenset | set is a frozenset). Functions
returning obj return a new reference or ERROR_VALUE; those returning i32 return 0 or -1.
"""

SET_SWAP_BUFFER = data_zero(SET_MINSIZE * SET_ENTRY_SIZE)


def raise_set_operands(symbol: obj, a: obj, b: obj) -> obj:
    """TypeError: unsupported operand type(s) for |: 'set' and 'list'"""
    return raise_types_error("unsupported operand type(s) for ", symbol, ": '", a, b)


def raise_set_compare(symbol: obj, a: obj, b: obj) -> obj:
    """TypeError: '<=' not supported between instances of 'set' and 'list'"""
    return raise_types_error("'", symbol, "' not supported between instances of '", a, b)


# Union.


def set_union(a: obj, b: obj) -> obj:
    """a | b."""
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_operands("|", a, b)
    return set_union_with(a, b)


def set_union_with(s: obj, other: obj) -> obj:
    """s.union(other), other any iterable. (For s.union(x, y, ...): r = set_clone(s), then
    set_update(r, each argument that is not s itself).)"""
    result: obj = set_clone(s)
    if result == ERROR_VALUE or other == s:
        return result
    if set_update_internal(i32(result), other) != 0:
        decref(result)
        return ERROR_VALUE
    return result


def set_update(s: obj, other: obj) -> i32:
    """s.update(other), other any iterable."""
    return set_update_internal(i32(s), other)


# Intersection.


def set_intersection(a: obj, b: obj) -> obj:
    """a & b."""
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_operands("&", a, b)
    return set_intersection_with(a, b)


def set_intersection_with(s: obj, other: obj) -> obj:
    """s.intersection(other), other any iterable: between two sets, the keys of the smaller
    that are in the larger, in the smaller's order; else other's items that are in s, in
    other's order, stopping once all of s is found. (Several arguments: chain it.)"""
    if s == other:
        return set_clone(s)
    result: obj = set_new(type_of(s))
    if result == ERROR_VALUE:
        return result
    r: i32 = i32(result)
    if is_anyset(other):
        big: i32 = i32(s)
        small: i32 = i32(other)
        if load_i32(small, SET_USED) > load_i32(big, SET_USED):
            big = i32(other)
            small = i32(s)
        e: i32 = set_next(small, 0)
        while e != 0:
            slot: i32 = SET_NEXT_SLOT
            key: obj = set_entry_key(e)
            hash: i64 = load_i64(e)
            found: i32 = set_contains_entry(big, key, hash)
            if found > 0:
                found = set_add_entry(r, key, hash)
            if found < 0:
                decref(result)
                return ERROR_VALUE
            e = set_next(small, slot + 1)
        return result
    it: obj = py_iter(other)
    if it == ERROR_VALUE:
        decref(result)
        return it
    while True:
        item: obj = py_next(it)
        if item == STOP_VALUE:
            break
        status: i32 = -1
        if item != ERROR_VALUE:
            status = 0
            h: i64 = py_hash(item)
            if h == -1:
                status = -1
            else:
                inside: i32 = set_contains_entry(i32(s), item, h)
                if inside < 0:
                    status = -1
                elif inside > 0:
                    status = set_add_entry(r, item, h)
                    if status == 0 and load_i32(r, SET_USED) >= load_i32(i32(s), SET_USED):
                        status = 1  # all of s found
            decref(item)
        if status != 0:
            decref(it)
            if status < 0:
                decref(result)
                return ERROR_VALUE
            return result
    decref(it)
    return result


def set_swap_bodies(a: i32, b: i32) -> None:
    """Exchange the tables of sets a and b (CPython's set_swap_bodies)."""
    t: i32 = load_i32(a, SET_FILL)
    store_i32(a, load_i32(b, SET_FILL), SET_FILL)
    store_i32(b, t, SET_FILL)
    t = load_i32(a, SET_USED)
    store_i32(a, load_i32(b, SET_USED), SET_USED)
    store_i32(b, t, SET_USED)
    t = load_i32(a, SET_MASK)
    store_i32(a, load_i32(b, SET_MASK), SET_MASK)
    store_i32(b, t, SET_MASK)
    small_a: i32 = a + SET_SMALLTABLE
    small_b: i32 = b + SET_SMALLTABLE
    table_a: i32 = load_i32(a, SET_TABLE)
    table_b: i32 = load_i32(b, SET_TABLE)
    store_i32(a, small_a if table_b == small_b else table_b, SET_TABLE)
    store_i32(b, small_b if table_a == small_a else table_a, SET_TABLE)
    if table_a == small_a or table_b == small_b:
        n: i32 = SET_MINSIZE * SET_ENTRY_SIZE
        memory_copy(SET_SWAP_BUFFER, small_a, n)
        memory_copy(small_a, small_b, n)
        memory_copy(small_b, SET_SWAP_BUFFER, n)
    if load_i32(a, OB_TYPE) == TYPE_FROZENSET and load_i32(b, OB_TYPE) == TYPE_FROZENSET:
        h: i64 = load_i64(a, SET_HASH)
        store_i64(a, load_i64(b, SET_HASH), SET_HASH)
        store_i64(b, h, SET_HASH)
    else:
        store_i64(a, -1, SET_HASH)
        store_i64(b, -1, SET_HASH)


def set_intersection_update(s: obj, other: obj) -> i32:
    """s.intersection_update(other) (s &= other): s takes the intersection's table."""
    result: obj = set_intersection_with(s, other)
    if result == ERROR_VALUE:
        return -1
    set_swap_bodies(i32(s), i32(result))
    decref(result)
    return 0


# Difference.


def set_difference(a: obj, b: obj) -> obj:
    """a - b."""
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_operands("-", a, b)
    return set_difference_with(a, b)


def set_difference_with(s: obj, other: obj) -> obj:
    """s.difference(other), other any iterable. (Several arguments: the first with this,
    the rest with set_difference_update on the result.)"""
    t: i32 = type_of(other)
    other_size: i32 = 0
    if t == TYPE_SET or t == TYPE_FROZENSET:
        other_size = set_length(other)
    elif t == TYPE_DICT:
        other_size = dict_length(other)
    else:
        return set_copy_and_difference(s, other)
    p: i32 = i32(s)
    if (load_i32(p, SET_USED) >> 2) > other_size:
        return set_copy_and_difference(s, other)
    result: obj = set_new(type_of(s))
    if result == ERROR_VALUE:
        return result
    e: i32 = set_next(p, 0)
    while e != 0:
        slot: i32 = SET_NEXT_SLOT
        key: obj = set_entry_key(e)
        hash: i64 = load_i64(e)
        found: i32 = 0
        if t == TYPE_DICT:
            found = dict_contains_hash(other, key, hash)
        else:
            found = set_contains_entry(i32(other), key, hash)
        if found == 0:
            found = set_add_entry(i32(result), key, hash)
        if found < 0:
            decref(result)
            return ERROR_VALUE
        e = set_next(p, slot + 1)
    return result


def set_copy_and_difference(s: obj, other: obj) -> obj:
    result: obj = set_clone(s)
    if result == ERROR_VALUE:
        return result
    if set_difference_update(result, other) != 0:
        decref(result)
        return ERROR_VALUE
    return result


def set_difference_update(s: obj, other: obj) -> i32:
    """s.difference_update(other) (s -= other), other any iterable; then, when more than
    a quarter of the table is dummies, the table is rebuilt."""
    p: i32 = i32(s)
    if s == other:
        set_clear(s)
        return 0
    if is_anyset(other):
        keys: obj = 0
        if (set_length(other) >> 3) > load_i32(p, SET_USED):
            keys = set_intersection_with(s, other)
            if keys == ERROR_VALUE:
                return -1
        else:
            keys = new_ref(other)
        q: i32 = i32(keys)
        e: i32 = set_next(q, 0)
        while e != 0:
            slot: i32 = SET_NEXT_SLOT
            if set_discard_entry(p, set_entry_key(e), load_i64(e)) < 0:
                decref(keys)
                return -1
            e = set_next(q, slot + 1)
        decref(keys)
    else:
        it: obj = py_iter(other)
        if it == ERROR_VALUE:
            return -1
        while True:
            item: obj = py_next(it)
            if item == STOP_VALUE:
                break
            if item == ERROR_VALUE:
                decref(it)
                return -1
            status: i32 = 0
            h: i64 = py_hash(item)
            if h == -1:
                status = -1
            else:
                status = set_discard_entry(p, item, h)
            decref(item)
            if status < 0:
                decref(it)
                return -1
        decref(it)
    used: i32 = load_i32(p, SET_USED)
    if load_i32(p, SET_FILL) - used <= load_i32(p, SET_MASK) // 4:
        return 0
    return set_table_resize(p, used * 2 if used > 50000 else used * 4)


# Symmetric difference.


def set_symmetric_difference(a: obj, b: obj) -> obj:
    """a ^ b."""
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_operands("^", a, b)
    return set_symmetric_difference_with(a, b)


def set_symmetric_difference_with(s: obj, other: obj) -> obj:
    """s.symmetric_difference(other): a set of s's type made from other, then updated
    with s (CPython's order)."""
    result: obj = set_make(type_of(s), other)
    if result == ERROR_VALUE:
        return result
    if set_symmetric_difference_update(result, s) != 0:
        decref(result)
        return ERROR_VALUE
    return result


def set_toggle(p: i32, key: obj, hash: i64) -> i32:
    """Remove key when it is in set p, add it otherwise; 0, or -1 after raising."""
    found: i32 = set_discard_entry(p, key, hash)
    if found < 0:
        return -1
    if found == 0:
        return set_add_entry(p, key, hash)
    return 0


def set_symmetric_difference_update(s: obj, other: obj) -> i32:
    """s.symmetric_difference_update(other) (s ^= other), other any iterable."""
    p: i32 = i32(s)
    if s == other:
        set_clear(s)
        return 0
    if type_of(other) == TYPE_DICT:
        q: i32 = i32(other)
        ix: i32 = dict_next_entry(q, 0)
        while ix >= 0:
            entry: i32 = dict_entry(q, ix)
            key: obj = new_ref(load_i64(entry, ENTRY_KEY))
            status: i32 = set_toggle(p, key, load_i64(entry, ENTRY_HASH))
            decref(key)
            if status != 0:
                return -1
            ix = dict_next_entry(q, ix + 1)
        return 0
    keys: obj = 0
    if is_anyset(other):
        keys = new_ref(other)
    else:
        keys = set_make(type_of(s), other)
        if keys == ERROR_VALUE:
            return -1
    k: i32 = i32(keys)
    e: i32 = set_next(k, 0)
    while e != 0:
        slot: i32 = SET_NEXT_SLOT
        if set_toggle(p, set_entry_key(e), load_i64(e)) != 0:
            decref(keys)
            return -1
        e = set_next(k, slot + 1)
    decref(keys)
    return 0


# In-place operators: a set is updated and returned; a frozenset gets the plain operator.


def set_inplace_union(a: obj, b: obj) -> obj:
    """a |= b"""
    if type_of(a) != TYPE_SET or not is_anyset(b):
        return set_inplace_fallback("|=", OP_SET_UNION, a, b)
    if set_update_internal(i32(a), b) != 0:
        return ERROR_VALUE
    return new_ref(a)


def set_inplace_intersection(a: obj, b: obj) -> obj:
    """a &= b"""
    if type_of(a) != TYPE_SET or not is_anyset(b):
        return set_inplace_fallback("&=", OP_SET_INTERSECTION, a, b)
    if set_intersection_update(a, b) != 0:
        return ERROR_VALUE
    return new_ref(a)


def set_inplace_difference(a: obj, b: obj) -> obj:
    """a -= b"""
    if type_of(a) != TYPE_SET or not is_anyset(b):
        return set_inplace_fallback("-=", OP_SET_DIFFERENCE, a, b)
    if set_difference_update(a, b) != 0:
        return ERROR_VALUE
    return new_ref(a)


def set_inplace_symmetric_difference(a: obj, b: obj) -> obj:
    """a ^= b"""
    if type_of(a) != TYPE_SET or not is_anyset(b):
        return set_inplace_fallback("^=", OP_SET_SYMMETRIC_DIFFERENCE, a, b)
    if set_symmetric_difference_update(a, b) != 0:
        return ERROR_VALUE
    return new_ref(a)


OP_SET_UNION = 0
OP_SET_INTERSECTION = 1
OP_SET_DIFFERENCE = 2
OP_SET_SYMMETRIC_DIFFERENCE = 3


def set_inplace_fallback(symbol: obj, op: i32, a: obj, b: obj) -> obj:
    """A frozenset (or a non-set operand) gets the binary operator; the error names the
    augmented one, as CPython's."""
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_operands(symbol, a, b)
    if op == OP_SET_UNION:
        return set_union_with(a, b)
    if op == OP_SET_INTERSECTION:
        return set_intersection_with(a, b)
    if op == OP_SET_DIFFERENCE:
        return set_difference_with(a, b)
    return set_symmetric_difference_with(a, b)


# Subsets and supersets.


def set_issubset(s: obj, other: obj) -> obj:
    """s.issubset(other), other any iterable."""
    if not is_anyset(other):
        tmp: obj = set_make(TYPE_SET, other)
        if tmp == ERROR_VALUE:
            return tmp
        result: obj = set_issubset(s, tmp)
        decref(tmp)
        return result
    found: i32 = set_issubset_internal(i32(s), i32(other))
    if found < 0:
        return ERROR_VALUE
    return box_bool(found)


def set_issuperset(s: obj, other: obj) -> obj:
    """s.issuperset(other), other any iterable."""
    if is_anyset(other):
        return set_issubset(other, s)
    it: obj = py_iter(other)
    if it == ERROR_VALUE:
        return it
    while True:
        item: obj = py_next(it)
        if item == STOP_VALUE:
            break
        if item == ERROR_VALUE:
            decref(it)
            return item
        found: i32 = 0
        h: i64 = py_hash(item)
        if h == -1:
            found = -1
        else:
            found = set_contains_entry(i32(s), item, h)
        decref(item)
        if found != 1:
            decref(it)
            if found < 0:
                return ERROR_VALUE
            return new_ref(FALSE_VALUE)
    decref(it)
    return new_ref(TRUE_VALUE)


def set_isdisjoint(s: obj, other: obj) -> obj:
    """s.isdisjoint(other), other any iterable."""
    if s == other:
        return box_bool(set_length(s) == 0)
    if is_anyset(other):
        big: i32 = i32(s)
        small: i32 = i32(other)
        if load_i32(small, SET_USED) > load_i32(big, SET_USED):
            big = i32(other)
            small = i32(s)
        e: i32 = set_next(small, 0)
        while e != 0:
            slot: i32 = SET_NEXT_SLOT
            found: i32 = set_contains_entry(big, set_entry_key(e), load_i64(e))
            if found < 0:
                return ERROR_VALUE
            if found > 0:
                return FALSE_VALUE
            e = set_next(small, slot + 1)
        return TRUE_VALUE
    it: obj = py_iter(other)
    if it == ERROR_VALUE:
        return it
    while True:
        item: obj = py_next(it)
        if item == STOP_VALUE:
            break
        if item == ERROR_VALUE:
            decref(it)
            return item
        inside: i32 = 0
        h: i64 = py_hash(item)
        if h == -1:
            inside = -1
        else:
            inside = set_contains_entry(i32(s), item, h)
        decref(item)
        if inside != 0:
            decref(it)
            if inside < 0:
                return ERROR_VALUE
            return FALSE_VALUE
    decref(it)
    return TRUE_VALUE


def set_le(a: obj, b: obj) -> obj:
    """a <= b for sets (a subset); TypeError when b is not a set."""
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_compare("<=", a, b)
    return set_issubset(a, b)


def set_lt(a: obj, b: obj) -> obj:
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_compare("<", a, b)
    if set_length(a) >= set_length(b):
        return FALSE_VALUE
    return set_issubset(a, b)


def set_ge(a: obj, b: obj) -> obj:
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_compare(">=", a, b)
    return set_issubset(b, a)


def set_gt(a: obj, b: obj) -> obj:
    if not is_anyset(a) or not is_anyset(b):
        return raise_set_compare(">", a, b)
    if set_length(a) <= set_length(b):
        return FALSE_VALUE
    return set_issubset(b, a)
