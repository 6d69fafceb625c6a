"""Mappings that are not dicts: objects of the program with keys() and __getitem__.

dict(m), d.update(m), d |= m, {**m} and f(**m) read such an object as CPython's dict_merge
reads one: the keys m.keys() gives, made a list first (PyMapping_Keys), then m[key] for
each. Which objects count is dict_update_arg's test, whether m has an attribute `keys`;
of Molt's builtin values only dicts have it, and those are merged directly.
"""


def mapping_update(d: obj, m: obj, f: obj) -> i32:
    """d[key] = m[key] for each key of m.keys(), when m is an object of the program with
    `keys`; as keyword arguments of the callable f when f is not 0 (a key d has already is
    then a TypeError, checked before m[key] is read, as CPython does). 0 when done, -1
    after raising, 1 when m has no `keys` (nothing raised: the caller decides)."""
    t: i32 = type_of(m)
    if t != TYPE_INSTANCE and t != TYPE_CLASS and t != TYPE_EXCEPTION:
        return 1
    method: obj = py_getattr(m, "keys")
    if method == ERROR_VALUE:
        if exc_catch(EXC_ATTRIBUTE_ERROR):
            return 1
        return -1
    keys: obj = mapping_keys(m, method)
    decref(method)
    if keys == ERROR_VALUE:
        return -1
    status: i32 = 0
    for i in range(0, list_length(keys)):
        key: obj = list_item(keys, i)
        if f != 0 and keyword_repeated(d, key, f):
            status = -1
            break
        value: obj = py_getitem(m, key)
        if value == ERROR_VALUE:
            status = -1
            break
        status = dict_setitem(d, key, value)
        decref(value)
        if status != 0:
            break
    decref(keys)
    return status


def mapping_keys(m: obj, method: obj) -> obj:
    """list(m.keys()), calling the bound method `method` (a new list); ERROR_VALUE after
    raising, with CPython's TypeError when keys() gives no iterable."""
    args: obj = tuple_new(0)
    if args == ERROR_VALUE:
        return args
    found: obj = py_call(method, args)
    decref(args)
    if found == ERROR_VALUE:
        return found
    it: obj = py_iter(found)
    if it == ERROR_VALUE:
        if exc_catch(EXC_TYPE_ERROR):
            head: obj = str_concat(type_name(m), ".keys() returned a non-iterable (type ")
            if head != ERROR_VALUE:
                raise_with_parts(EXC_TYPE_ERROR, head, type_name(found), ")")
                decref(head)
        decref(found)
        return ERROR_VALUE
    decref(found)
    keys: obj = list_new(0)
    if keys != ERROR_VALUE and list_extend(keys, it) != 0:
        decref(keys)
        keys = ERROR_VALUE
    decref(it)
    return keys
