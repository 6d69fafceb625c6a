"""The object protocol: repr, equality, len, subscripts, `in` and iteration, dispatched on
the type of the object to the functions of each type's file.

Equality comes in two forms, as in CPython: objects_equal is `==` (a NaN is not equal to
itself), py_equal is what containers use to find an item (PyObject_RichCompareBool: the same
object is always equal to itself). Both return 1, 0, or -1 after raising.
"""

REPR_CAPACITY = 256
REPR_STACK = data_zero(REPR_CAPACITY * 8)
REPR_DEPTH: i32 = 0
REPR_HEX = data_zero(16)


def repr_enter(v: obj) -> i32:
    """1 when v is already being printed further up (a container that holds itself); -1
    after raising RecursionError, past the recursion limit (a container nested deeper than
    the limit, which CPython's repr counts too); otherwise 0, and v is recorded, and counts
    as a level of recursion, until repr_leave(v)."""
    n: i32 = REPR_DEPTH
    if n > REPR_CAPACITY:
        n = REPR_CAPACITY
    for i in range(0, n):
        if load_i64(REPR_STACK + i * 8) == v:
            return 1
    if enter_level("maximum recursion depth exceeded while getting the repr of an object") != 0:
        return -1
    if REPR_DEPTH < REPR_CAPACITY:
        store_i64(REPR_STACK + REPR_DEPTH * 8, v)
    REPR_DEPTH += 1
    return 0


def repr_leave(v: obj) -> None:
    REPR_DEPTH -= 1
    recursion_leave()


def type_name_of(v: obj) -> obj:
    """The name of v's type, as type(v).__name__ gives it (a static str)."""
    return type_name(v)


def py_repr(v: obj) -> obj:
    t: i32 = type_of(v)
    if t == 0:
        return py_str(v)
    if t == TYPE_STR:
        return str_repr(v)
    if t == TYPE_LIST:
        return list_repr(v)
    if t == TYPE_TUPLE:
        return tuple_repr(v)
    if t == TYPE_DICT:
        return dict_repr(v)
    if t == TYPE_SET or t == TYPE_FROZENSET:
        return set_repr(v)
    if t == TYPE_INT:
        return int_to_decimal(v)
    if t == TYPE_RANGE:
        return range_repr(v)
    if t == TYPE_BYTES:
        return bytes_repr(v)
    if t == TYPE_DICT_VIEW:
        return view_repr(v)
    if t == TYPE_SLICE:
        return slice_repr(v)
    if t == TYPE_EXCEPTION:
        return exception_repr(v)
    if t == TYPE_FUNCTION:
        return function_repr(v)
    if t == TYPE_TYPE:
        return type_repr(v)
    if t == TYPE_INSTANCE:
        return instance_repr(v)
    if t == TYPE_CLASS:
        if is_enum_class(v):
            return enum_class_repr(v)
        return class_repr(v)
    if t == TYPE_NOT_IMPLEMENTED:
        return new_ref("NotImplemented")
    if t == TYPE_STATICMETHOD or t == TYPE_CLASSMETHOD:
        return wrapper_repr(v)
    if t == TYPE_BUILTIN_METHOD:
        return builtin_method_repr(v)
    if t == TYPE_METHOD:
        return method_repr(v)
    return object_repr(v)


def object_repr(v: obj) -> obj:
    """<list_iterator object at 0x...>, as CPython prints objects without a repr."""
    return object_description(v, "<", ">")


def object_description(v: obj, prefix: obj, suffix: obj) -> obj:
    """prefix + "list_iterator object at 0x..." + suffix"""
    address: obj = hex_address(i32(v))
    if address == ERROR_VALUE:
        return address
    head: obj = str_concat3(prefix, iterator_type_name(v) if type_of(v) == TYPE_ITERATOR else type_name(v),
                            " object at ")
    if head == ERROR_VALUE:
        decref(address)
        return head
    result: obj = str_concat3(head, address, suffix)
    decref(head)
    decref(address)
    return result


def hex_address(a: i32) -> obj:
    """0x... for an address (CPython prints object addresses so)."""
    digits: i32 = REPR_HEX
    n: i32 = 0
    x: i32 = a
    while True:
        store_u8(digits + 15 - n, load_u8(HEX_DIGITS + (x & 15)))
        n += 1
        x = shr_u(x, 4)
        if x == 0:
            break
    store_u8(digits + 14 - n, 48)
    store_u8(digits + 15 - n, 120)
    return str_from_ascii(digits + 14 - n, n + 2)


def exception_repr(v: obj) -> obj:
    """repr(v) of an exception: its class's __repr__, or BaseException's."""
    cls: obj = load_i64(i32(v), EXC_CLASS)
    if cls != 0:
        own: obj = class_lookup(cls, "__repr__")
        if own != MISSING_VALUE:
            return checked_text(call_method_0(own, v), "__repr__")
    return exception_args_repr(v)


def exception_args_repr(v: obj) -> obj:
    """ValueError('x'), ValueError(), ValueError(1, 2)"""
    args: obj = exc_args(v)
    name: obj = exception_type_name(v)
    if tuple_length(args) == 1:
        inner: obj = py_repr(tuple_item(args, 0))
        if inner == ERROR_VALUE:
            return inner
        head: obj = str_concat3(name, "(", inner)
        decref(inner)
        if head == ERROR_VALUE:
            return head
        result: obj = str_concat(head, ")")
        decref(head)
        return result
    text: obj = py_repr(args)
    if text == ERROR_VALUE:
        return text
    joined: obj = str_concat(name, text)
    decref(text)
    return joined


def slice_repr(v: obj) -> obj:
    """slice(1, None, 2)"""
    p: i32 = i32(v)
    parts: obj = list_new(3)
    if parts == ERROR_VALUE:
        return parts
    for field in range(SLICE_START, SLICE_STEP + 8, 8):
        text: obj = py_repr(load_i64(p + field))
        if text == ERROR_VALUE or list_append(parts, text) != 0:
            decref(parts)
            return ERROR_VALUE
        decref(text)
    inner: obj = join_strs(", ", parts)
    decref(parts)
    if inner == ERROR_VALUE:
        return inner
    result: obj = str_concat3("slice(", inner, ")")
    decref(inner)
    return result


def objects_equal(a: obj, b: obj) -> i32:
    """a == b: 1, 0, or -1 after raising."""
    ta: i32 = type_of(a)
    tb: i32 = type_of(b)
    if ta == TYPE_INSTANCE or tb == TYPE_INSTANCE:
        return instance_equal_test(a, b)
    if ta == tb and (ta == TYPE_LIST or ta == TYPE_TUPLE or ta == TYPE_DICT):
        # Containers compare their items, a level deeper each (enter_level).
        if enter_level("maximum recursion depth exceeded in comparison") != 0:
            return -1
        equal: i32 = dict_equal(a, b) if ta == TYPE_DICT else sequence_equal(a, b)
        recursion_leave()
        return equal
    if (ta == TYPE_SET or ta == TYPE_FROZENSET) and (tb == TYPE_SET or tb == TYPE_FROZENSET):
        return set_equal(a, b)
    if ta == TYPE_RANGE and tb == TYPE_RANGE:
        return range_equal(a, b)
    if ta == TYPE_BYTES and tb == TYPE_BYTES:
        return bytes_equal(a, b)
    if ta == TYPE_DICT_VIEW:
        return view_equal(a, b)
    if tb == TYPE_DICT_VIEW:
        return view_equal(b, a)
    if ta == TYPE_BUILTIN_METHOD and tb == TYPE_BUILTIN_METHOD:
        return builtin_method_eq(a, b)
    if ta == TYPE_METHOD and tb == TYPE_METHOD:
        return method_eq(a, b)
    return values_equal(a, b)


def py_equal(a: obj, b: obj) -> i32:
    """a is b or a == b (how containers compare their items)."""
    if a == b:
        return 1
    return objects_equal(a, b)


def raise_type_message(before: obj, v: obj, after: obj) -> obj:
    """TypeError: before + type name of v + after."""
    return raise_with_parts(EXC_TYPE_ERROR, before, type_name(v), after)


def py_len(v: obj) -> i64:
    """len(v) as an INT form (a range may be longer than the small ints)."""
    t: i32 = type_of(v)
    if t == TYPE_STR:
        return i64(str_length(v))
    if t == TYPE_LIST:
        return i64(list_length(v))
    if t == TYPE_TUPLE:
        return i64(tuple_length(v))
    if t == TYPE_DICT:
        return i64(dict_length(v))
    if t == TYPE_SET or t == TYPE_FROZENSET:
        return i64(set_length(v))
    if t == TYPE_RANGE:
        n: i64 = range_length(v)
        if EXC_CURRENT != 0:
            return 0
        return int_from_i64(n)
    if t == TYPE_BYTES:
        return i64(bytes_length(v))
    if t == TYPE_DICT_VIEW:
        return i64(view_length(v))
    if t == TYPE_INSTANCE:
        return instance_len(v)
    if is_enum_class(v):
        return enum_len(v)
    raise_type_message("object of type '", v, "' has no len()")
    return 0


def py_getitem(c: obj, key: obj) -> obj:
    t: i32 = type_of(c)
    if type_of(key) == TYPE_INSTANCE and t != TYPE_DICT and t != TYPE_INSTANCE:
        index: obj = instance_number(key, "__index__", 0)
        if index != MISSING_VALUE:
            if index == ERROR_VALUE:
                return index
            item: obj = py_getitem(c, index)
            decref(index)
            return item
    if t == TYPE_LIST:
        return list_getitem(c, key)
    if t == TYPE_TUPLE:
        return tuple_getitem(c, key)
    if t == TYPE_STR:
        return str_getitem(c, key)
    if t == TYPE_DICT:
        return dict_getitem(c, key)
    if t == TYPE_RANGE:
        return range_getitem(c, key)
    if t == TYPE_BYTES:
        return bytes_getitem(c, key)
    if is_enum_class(c):
        return enum_getitem(c, key)
    return instance_subscript(c, "__getitem__", key, "' object is not subscriptable")


def py_setitem(c: obj, key: obj, value: obj) -> None:
    t: i32 = type_of(c)
    if t == TYPE_LIST:
        list_setitem(c, key, value)
    elif t == TYPE_DICT:
        dict_setitem(c, key, value)
    else:
        instance_setitem(c, key, value)


def py_delitem(c: obj, key: obj) -> None:
    t: i32 = type_of(c)
    if t == TYPE_LIST:
        list_delitem(c, key)
    elif t == TYPE_DICT:
        dict_delitem(c, key)
    else:
        decref(instance_subscript(c, "__delitem__", key, "' object doesn't support item deletion"))


def py_contains(c: obj, v: obj) -> i32:
    """v in c: 1, 0, or -1 after raising."""
    t: i32 = type_of(c)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        return sequence_contains(c, v)
    if t == TYPE_STR:
        return str_contains(c, v)
    if t == TYPE_DICT:
        return dict_contains(c, v)
    if t == TYPE_SET or t == TYPE_FROZENSET:
        return set_contains(c, v)
    if t == TYPE_RANGE:
        return range_contains(c, v)
    if t == TYPE_BYTES:
        return bytes_contains(c, v)
    if t == TYPE_DICT_VIEW:
        return view_contains(c, v)
    if t == TYPE_ITERATOR:
        return iterator_contains(c, v)
    if t == TYPE_INSTANCE:
        return instance_contains(c, v)
    if is_enum_class(c):
        return enum_contains(c, v)
    raise_type_message("argument of type '", c, "' is not iterable")
    return -1


def py_contains_bool(c: obj, v: obj) -> i32:
    """v in c for compiled code: the exception flag tells errors apart."""
    return py_contains(c, v) == 1


def iterator_contains(it: obj, v: obj) -> i32:
    while True:
        item: obj = py_next(it)
        if item == STOP_VALUE:
            return 0
        if item == ERROR_VALUE:
            return -1
        found: i32 = py_equal(item, v)
        decref(item)
        if found != 0:
            return found


def is_iterable(v: obj) -> i32:
    """iter(v) would work: v is of a builtin iterable type."""
    t: i32 = type_of(v)
    return (t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_STR or t == TYPE_RANGE or t == TYPE_DICT
            or t == TYPE_SET or t == TYPE_FROZENSET or t == TYPE_BYTES or t == TYPE_DICT_VIEW
            or t == TYPE_ITERATOR or special_method(v, "__iter__") != MISSING_VALUE)


def py_iter(v: obj) -> obj:
    """iter(v): a new iterator."""
    t: i32 = type_of(v)
    if t == TYPE_LIST:
        return iterator_new(ITER_LIST, v, 0)
    if t == TYPE_TUPLE:
        return iterator_new(ITER_TUPLE, v, 0)
    if t == TYPE_STR:
        return str_iter(v)
    if t == TYPE_RANGE:
        return range_iter(v)
    if t == TYPE_DICT:
        return dict_iter(v, ITER_DICT_KEYS)
    if t == TYPE_SET or t == TYPE_FROZENSET:
        return set_iter(v)
    if t == TYPE_BYTES:
        return bytes_iter(v)
    if t == TYPE_DICT_VIEW:
        return view_iter(v)
    if t == TYPE_ITERATOR:
        return new_ref(v)
    if is_enum_class(v):
        return enum_iter(v)
    return instance_iter(v)


def py_next(it: obj) -> obj:
    """The next item (a new reference), STOP_VALUE at the end, or ERROR_VALUE."""
    if type_of(it) == TYPE_INSTANCE:
        return instance_next(it)
    kind: i32 = iterator_kind(it)
    if kind == ITER_LIST:
        return list_iter_next(it)
    if kind == ITER_TUPLE:
        return tuple_iter_next(it)
    if kind == ITER_RANGE:
        return range_iter_next(it)
    if kind == ITER_STR:
        return str_iter_next(it)
    if kind == ITER_DICT_KEYS or kind == ITER_DICT_VALUES or kind == ITER_DICT_ITEMS:
        return dict_iter_next(it)
    if kind == ITER_SET:
        return set_iter_next(it)
    if kind == ITER_BYTES:
        return bytes_iter_next(it)
    if kind == ITER_LIST_REVERSED:
        return list_reversed_next(it)
    return combinator_next(it)


def iterator_type_name(it: obj) -> obj:
    return iterator_kind_name(iterator_kind(it))


def iterator_kind_name(kind: i32) -> obj:
    if kind == ITER_LIST:
        return "list_iterator"
    if kind == ITER_TUPLE:
        return "tuple_iterator"
    if kind == ITER_RANGE:
        return "range_iterator"
    if kind == ITER_STR:
        return "str_ascii_iterator"
    if kind == ITER_DICT_KEYS:
        return "dict_keyiterator"
    if kind == ITER_DICT_VALUES:
        return "dict_valueiterator"
    if kind == ITER_DICT_ITEMS:
        return "dict_itemiterator"
    if kind == ITER_SET:
        return "set_iterator"
    if kind == ITER_BYTES:
        return "bytes_iterator"
    if kind == ITER_LIST_REVERSED:
        return "list_reverseiterator"
    if kind == ITER_ENUMERATE:
        return "enumerate"
    if kind == ITER_ZIP:
        return "zip"
    if kind == ITER_MAP:
        return "map"
    if kind == ITER_SEQUENCE:
        return "iterator"
    return "filter"


def join_strs(sep: obj, strs: obj) -> obj:
    """sep.join(strs) for a list of strs (for the reprs of containers)."""
    n: i32 = list_length(strs)
    size: i32 = 0
    length: i32 = 0
    for i in range(0, n):
        size += str_size(list_item(strs, i))
        length += str_length(list_item(strs, i))
    if n > 1:
        size += (n - 1) * str_size(sep)
        length += (n - 1) * str_length(sep)
    p: i32 = str_alloc(size, length)
    if p == 0:
        return raise_memory_error()
    q: i32 = p + STR_DATA
    for i in range(0, n):
        if i > 0:
            memory_copy(q, str_data(sep), str_size(sep))
            q += str_size(sep)
        item: obj = list_item(strs, i)
        memory_copy(q, str_data(item), str_size(item))
        q += str_size(item)
    return box_ptr(p)


def heap_type_name(t: i32) -> obj:
    """The name of a heap type (type(v).__name__)."""
    if t == TYPE_STR:
        return "str"
    if t == TYPE_INT:
        return "int"
    if t == TYPE_LIST:
        return "list"
    if t == TYPE_TUPLE:
        return "tuple"
    if t == TYPE_DICT:
        return "dict"
    if t == TYPE_SET:
        return "set"
    if t == TYPE_FROZENSET:
        return "frozenset"
    if t == TYPE_RANGE:
        return "range"
    if t == TYPE_BYTES:
        return "bytes"
    if t == TYPE_TYPE:
        return "type"
    if t == TYPE_FUNCTION:
        return "function"
    if t == TYPE_METHOD:
        return "method"
    if t == TYPE_SLICE:
        return "slice"
    if t == TYPE_DICT_VIEW:
        return "dict_keys"
    if t == TYPE_NOT_IMPLEMENTED:
        return "NotImplementedType"
    if t == TYPE_PROPERTY:
        return "property"
    if t == TYPE_STATICMETHOD:
        return "staticmethod"
    if t == TYPE_CLASSMETHOD:
        return "classmethod"
    if t == TYPE_BUILTIN_METHOD:
        return "builtin_function_or_method"
    return "object"


def combinator_next(it: obj) -> obj:
    """next() of enumerate, zip, map and filter iterators."""
    kind: i32 = iterator_kind(it)
    if kind == ITER_ENUMERATE:
        return enumerate_next(it)
    if kind == ITER_ZIP:
        return zip_next(it)
    if kind == ITER_MAP:
        return map_next(it)
    if kind == ITER_SEQUENCE:
        return sequence_iter_next(it)
    return filter_next(it)


def enumerate_new(iterable: obj, start: obj) -> obj:
    """enumerate(iterable, start): counts in a small int."""
    inner: obj = py_iter(iterable)
    if inner == ERROR_VALUE:
        return inner
    first: i64 = 0
    if start != MISSING_VALUE:
        if not is_small_int_like(start):
            decref(inner)
            return raise_type_message("'", start, "' object cannot be interpreted as an integer")
        first = unbox_int(start)
    it: obj = iterator_new(ITER_ENUMERATE, inner, first)
    decref(inner)
    return it


def enumerate_next(it: obj) -> obj:
    item: obj = py_next(iterator_source(it))
    if item == STOP_VALUE or item == ERROR_VALUE:
        return item
    i: i64 = iterator_position(it)
    iterator_set_position(it, i + 1)
    pair: obj = tuple_new(2)
    if pair == ERROR_VALUE:
        decref(item)
        return pair
    tuple_set(pair, 0, box_int(i))
    tuple_set(pair, 1, item)
    return pair


def zip_new(iterables: obj) -> obj:
    """zip(*iterables) for a tuple of iterables: its source is a tuple of iterators."""
    n: i32 = tuple_length(iterables)
    iterators: obj = tuple_new(n)
    if iterators == ERROR_VALUE:
        return iterators
    for i in range(0, n):
        inner: obj = py_iter(tuple_item(iterables, i))
        if inner == ERROR_VALUE:
            decref(iterators)
            return inner
        tuple_set(iterators, i, inner)
    it: obj = iterator_new(ITER_ZIP, iterators, 0)
    decref(iterators)
    return it


def zip_next(it: obj) -> obj:
    iterators: obj = iterator_source(it)
    n: i32 = tuple_length(iterators)
    if n == 0:
        return STOP_VALUE
    items: obj = tuple_new(n)
    if items == ERROR_VALUE:
        return items
    for i in range(0, n):
        item: obj = py_next(tuple_item(iterators, i))
        if item == STOP_VALUE or item == ERROR_VALUE:
            decref(items)
            return item
        tuple_set(items, i, item)
    return items
