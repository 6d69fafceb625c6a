"""Operators on sequences and sets: list + list, tuple * n, set - set, list < list ...
(ops.py hands them here when the operands are not numbers or strs)."""


def sequence_arithmetic(op: i32, a: obj, b: obj) -> obj:
    ta: i32 = type_of(a)
    tb: i32 = type_of(b)
    if op == OP_ADD and (ta == TYPE_LIST or ta == TYPE_TUPLE):
        if tb == ta:
            return sequence_concat(a, b)
        kind: obj = "list" if ta == TYPE_LIST else "tuple"
        head: obj = str_concat3("can only concatenate ", kind, ' (not "')
        if head == ERROR_VALUE:
            return head
        tail: obj = str_concat3('") to ', kind, "")
        if tail == ERROR_VALUE:
            decref(head)
            return tail
        result: obj = raise_with_parts(EXC_TYPE_ERROR, head, type_name(b), tail)
        decref(head)
        decref(tail)
        return result
    if op == OP_MUL and (ta == TYPE_LIST or ta == TYPE_TUPLE) and is_int_like(b):
        return sequence_repeat(a, b)
    if op == OP_MUL and (tb == TYPE_LIST or tb == TYPE_TUPLE) and is_int_like(a):
        return sequence_repeat(b, a)
    if op == OP_MUL and (ta == TYPE_LIST or ta == TYPE_TUPLE or tb == TYPE_LIST or tb == TYPE_TUPLE):
        other: obj = b if ta == TYPE_LIST or ta == TYPE_TUPLE else a
        return raise_with_parts(EXC_TYPE_ERROR, "can't multiply sequence by non-int of type '", type_name(other), "'")
    if op == OP_SUB and (ta == TYPE_SET or ta == TYPE_FROZENSET) and (tb == TYPE_SET or tb == TYPE_FROZENSET):
        return set_difference(a, b)
    if op == OP_ADD and ta == TYPE_BYTES and tb == TYPE_BYTES:
        return bytes_concat(a, b)
    if op == OP_MOD and ta == TYPE_BYTES:
        return bytes_percent(a, b)
    if op == OP_MUL and ta == TYPE_BYTES and is_small_int_like(b):
        return bytes_repeat(a, unbox_int(b))
    if op == OP_MUL and tb == TYPE_BYTES and is_small_int_like(a):
        return bytes_repeat(b, unbox_int(a))
    return raise_operand_error(op, a, b)


def sequence_concat(a: obj, b: obj) -> obj:
    items: obj = sequence_to_list(a)
    if items == ERROR_VALUE:
        return items
    if list_extend(items, b) != 0:
        decref(items)
        return ERROR_VALUE
    if type_of(a) == TYPE_LIST:
        return items
    result: obj = tuple_from_list(items)
    decref(items)
    return result


def sequence_repeat(s: obj, times: obj) -> obj:
    if not is_small_int_like(times):
        return raise_new(EXC_OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")
    n: i64 = unbox_int(times)
    length: i32 = sequence_length(s)
    if n <= 0 or length == 0:
        return list_new(0) if type_of(s) == TYPE_LIST else tuple_new(0)
    if i64(length) * n > MAX_LIST_LENGTH:
        return raise_memory_error()
    items: obj = list_new(i32(i64(length) * n))
    if items == ERROR_VALUE:
        return items
    i: i64 = 0
    while i < n:
        for k in range(0, length):
            list_append(items, sequence_item(s, k))
        i += 1
    if type_of(s) == TYPE_LIST:
        return items
    result: obj = tuple_from_list(items)
    decref(items)
    return result


def sequence_order(op: i32, a: obj, b: obj) -> obj:
    """a < b (and <=, >, >=) for two lists or two tuples: the first unequal items decide,
    then the lengths; ERROR_VALUE with nothing raised for other operands."""
    ta: i32 = type_of(a)
    if not ((ta == TYPE_LIST or ta == TYPE_TUPLE) and type_of(b) == ta):
        return ERROR_VALUE
    if enter_level("maximum recursion depth exceeded in comparison") != 0:
        return raise_pending()
    result: obj = sequence_items_order(op, a, b)
    recursion_leave()
    return result


def sequence_items_order(op: i32, a: obj, b: obj) -> obj:
    i: i32 = 0
    while i < sequence_length(a) and i < sequence_length(b):
        x: obj = sequence_item(a, i)
        y: obj = sequence_item(b, i)
        same: i32 = py_equal(x, y)
        if same < 0:
            return raise_pending()
        if not same:
            return order(op, x, y)
        i += 1
    na: i32 = sequence_length(a)
    nb: i32 = sequence_length(b)
    if op == CMP_LT:
        return box_bool(na < nb)
    if op == CMP_LE:
        return box_bool(na <= nb)
    if op == CMP_GT:
        return box_bool(na > nb)
    return box_bool(na >= nb)


def raise_pending() -> obj:
    """ERROR_VALUE for an exception that is already pending (sequence_order needs to tell
    it from its own ERROR_VALUE meaning "not sequences": EXC_CURRENT tells)."""
    return ERROR_VALUE
