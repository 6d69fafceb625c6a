"""The dict and set methods as methods.py calls them: every argument an obj (MISSING_VALUE
when left out, a tuple for *args, a dict or MISSING_VALUE for **kwargs), every result an
obj (None for the methods that mutate)."""


def missing_argument(self: obj, name: obj) -> obj:
    """TypeError: set.add() takes exactly one argument (0 given)"""
    head: obj = str_concat3(type_name(self), ".", name)
    if head == ERROR_VALUE:
        return head
    result: obj = raise_with_parts(EXC_TYPE_ERROR, head, "() takes exactly one argument (0 given)", "")
    decref(head)
    return result


def missing_key_argument(name: obj) -> obj:
    """TypeError: get expected at least 1 argument, got 0"""
    return raise_with_parts(EXC_TYPE_ERROR, name, " expected at least 1 argument, got 0", "")


def none_or_error(status: i32) -> obj:
    """None after a mutator that returned 0; ERROR_VALUE after one that returned -1."""
    if status != 0:
        return ERROR_VALUE
    return NONE_VALUE


# dict


def dict_get_method(d: obj, key: obj, default: obj) -> obj:
    if key == MISSING_VALUE:
        return missing_key_argument("get")
    return dict_get(d, key, default)


def dict_setdefault_method(d: obj, key: obj, default: obj) -> obj:
    if key == MISSING_VALUE:
        return missing_key_argument("setdefault")
    return dict_setdefault(d, key, default)


def dict_clear_method(d: obj) -> obj:
    dict_clear(d)
    return NONE_VALUE


def dict_update_method(d: obj, args: obj, kwargs: obj) -> obj:
    """d.update([other], **kwargs)."""
    n: i32 = tuple_length(args)
    if n > 1:
        count: obj = int_to_str(i64(n))
        if count == ERROR_VALUE:
            return count
        raise_with_parts(EXC_TYPE_ERROR, "update expected at most 1 argument, got ", count, "")
        decref(count)
        return ERROR_VALUE
    if n == 1 and dict_update(d, tuple_item(args, 0)) != 0:
        return ERROR_VALUE
    if kwargs != MISSING_VALUE and dict_merge(i32(d), kwargs) != 0:
        return ERROR_VALUE
    return NONE_VALUE


# set: the methods of one argument


def set_add_method(s: obj, x: obj) -> obj:
    if x == MISSING_VALUE:
        return missing_argument(s, "add")
    return none_or_error(set_add(s, x))


def set_discard_method(s: obj, x: obj) -> obj:
    if x == MISSING_VALUE:
        return missing_argument(s, "discard")
    if set_discard(s, x) < 0:
        return ERROR_VALUE
    return NONE_VALUE


def set_remove_method(s: obj, x: obj) -> obj:
    if x == MISSING_VALUE:
        return missing_argument(s, "remove")
    return none_or_error(set_remove(s, x))


def set_clear_method(s: obj) -> obj:
    set_clear(s)
    return NONE_VALUE


def set_symmetric_difference_method(s: obj, x: obj) -> obj:
    if x == MISSING_VALUE:
        return missing_argument(s, "symmetric_difference")
    return set_symmetric_difference_with(s, x)


def set_symmetric_difference_update_method(s: obj, x: obj) -> obj:
    if x == MISSING_VALUE:
        return missing_argument(s, "symmetric_difference_update")
    return none_or_error(set_symmetric_difference_update(s, x))


def set_issubset_method(s: obj, x: obj) -> obj:
    if x == MISSING_VALUE:
        return missing_argument(s, "issubset")
    return set_issubset(s, x)


def set_issuperset_method(s: obj, x: obj) -> obj:
    if x == MISSING_VALUE:
        return missing_argument(s, "issuperset")
    return set_issuperset(s, x)


def set_isdisjoint_method(s: obj, x: obj) -> obj:
    if x == MISSING_VALUE:
        return missing_argument(s, "isdisjoint")
    return set_isdisjoint(s, x)


# set: the methods of any number of arguments (a tuple), as CPython's *_multi functions


def set_update_method(s: obj, args: obj) -> obj:
    for i in range(0, tuple_length(args)):
        if set_update_internal(i32(s), tuple_item(args, i)) != 0:
            return ERROR_VALUE
    return NONE_VALUE


def set_union_method(s: obj, args: obj) -> obj:
    """s.union(*args): a copy of s updated with each argument that is not s itself."""
    result: obj = set_clone(s)
    if result == ERROR_VALUE:
        return result
    for i in range(0, tuple_length(args)):
        other: obj = tuple_item(args, i)
        if other != s and set_update_internal(i32(result), other) != 0:
            decref(result)
            return ERROR_VALUE
    return result


def set_intersection_method(s: obj, args: obj) -> obj:
    """s.intersection(*args): intersected with each argument in turn."""
    n: i32 = tuple_length(args)
    if n == 0:
        return set_clone(s)
    result: obj = new_ref(s)
    for i in range(0, n):
        next_result: obj = set_intersection_with(result, tuple_item(args, i))
        decref(result)
        if next_result == ERROR_VALUE:
            return next_result
        result = next_result
    return result


def set_intersection_update_method(s: obj, args: obj) -> obj:
    result: obj = set_intersection_method(s, args)
    if result == ERROR_VALUE:
        return result
    set_swap_bodies(i32(s), i32(result))
    decref(result)
    return NONE_VALUE


def set_difference_method(s: obj, args: obj) -> obj:
    """s.difference(*args): the difference with the first, then the others removed."""
    n: i32 = tuple_length(args)
    if n == 0:
        return set_clone(s)
    result: obj = set_difference_with(s, tuple_item(args, 0))
    if result == ERROR_VALUE:
        return result
    for i in range(1, n):
        if set_difference_update(result, tuple_item(args, i)) != 0:
            decref(result)
            return ERROR_VALUE
    return result


def set_difference_update_method(s: obj, args: obj) -> obj:
    for i in range(0, tuple_length(args)):
        if set_difference_update(s, tuple_item(args, i)) != 0:
            return ERROR_VALUE
    return NONE_VALUE
