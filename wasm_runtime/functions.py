"""Calling objects: function objects, type objects (int, str ...), and map()/filter().

A function object is static and immortal (codegen writes it, molt/codegen/layout.py):
    +8   i32  index of the function's entry in the module's function table (the next
              slot holds its one-argument entry when it has one parameter)
    +12  i32  number of parameters
    +16  obj  name (a str)
Its entry takes one tuple of arguments (frontend/module.py's entry_function).
"""

FUNCTION_TABLE_INDEX = 8
FUNCTION_ARITY = 12
FUNCTION_NAME = 16
FUNCTION_OBJECT_SIZE = 24


def py_call(f: obj, args: obj) -> obj:
    """f(*args) for a tuple args and any callable f."""
    t: i32 = type_of(f)
    if t == TYPE_FUNCTION:
        return call_entry(load_i32(i32(f), FUNCTION_TABLE_INDEX), args)
    if t == TYPE_TYPE:
        n: i32 = tuple_length(args)
        if n == 1:
            return type_call_one(f, tuple_item(args, 0))
        if n == 0:
            return type_call_none(f)
        return raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, "calling the type ", type_attribute_name(f),
                                " with several arguments is not supported by molt yet")
    return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(f), "' object is not callable")


def type_call_none(t: obj) -> obj:
    """int(), str(), list() ... with no argument."""
    code: i32 = load_i32(i32(t), TYPE_OBJECT_CODE)
    if code == TYPE_STR:
        return new_ref("")
    if code == TYPE_INT:
        return box_int(0)
    if code == TYPECODE_FLOAT:
        return box_float(0.0)
    if code == TYPECODE_BOOL:
        return FALSE_VALUE
    if code == TYPE_LIST:
        return list_new(0)
    if code == TYPE_TUPLE:
        return tuple_new(0)
    if code == TYPE_DICT:
        return dict_new()
    if code == TYPE_SET or code == TYPE_FROZENSET:
        return set_new(code)
    return raise_with_parts(EXC_TYPE_ERROR, type_code_name(code), "() takes arguments", "")


def function_repr(f: obj) -> obj:
    """<function f at 0x...>"""
    address: obj = hex_address(i32(f))
    if address == ERROR_VALUE:
        return address
    head: obj = str_concat3("<function ", load_i64(i32(f), FUNCTION_NAME), " at ")
    if head == ERROR_VALUE:
        decref(address)
        return head
    result: obj = str_concat3(head, address, ">")
    decref(head)
    decref(address)
    return result


def raise_too_many_arguments(name: obj, arity: i32, given: i64) -> None:
    """f() takes 2 positional arguments but 3 were given"""
    expected: obj = int_to_str(i64(arity))
    count: obj = int_to_str(given)
    if expected == ERROR_VALUE or count == ERROR_VALUE:
        return
    head: obj = str_concat3(name, "() takes ", expected)
    decref(expected)
    if head == ERROR_VALUE:
        decref(count)
        return
    middle: obj = str_concat3(head, " positional argument but " if arity == 1 else " positional arguments but ",
                              count)
    decref(head)
    decref(count)
    if middle == ERROR_VALUE:
        return
    raise_with_parts(EXC_TYPE_ERROR, middle, " was given" if given == 1 else " were given", "")
    decref(middle)


def type_call_one(t: obj, v: obj) -> obj:
    """A builtin type called with one argument: int(v), str(v), list(v) ..."""
    code: i32 = load_i32(i32(t), TYPE_OBJECT_CODE)
    if code == TYPE_STR:
        return py_str(v)
    if code == TYPE_INT:
        x: i64 = py_int(v)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        return int_box(x)
    if code == TYPECODE_FLOAT:
        f: f64 = py_float(v)
        if EXC_CURRENT != 0:
            return ERROR_VALUE
        return box_float(f)
    if code == TYPECODE_BOOL:
        return box_bool(py_truth(v))
    if code == TYPE_LIST:
        return sequence_to_list(v)
    if code == TYPE_TUPLE:
        return tuple_from_iterable(v)
    if code == TYPE_SET or code == TYPE_FROZENSET:
        return set_new_from(code, v)
    if code == TYPE_DICT:
        d: obj = dict_new()
        if d == ERROR_VALUE or dict_update(d, v) != 0:
            decref(d)
            return ERROR_VALUE
        return d
    if code == TYPE_TYPE:
        return py_type(v)
    return raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, "calling the type ", type_code_name(code),
                            " this way is not supported by molt yet")


def call_one(f: obj, v: obj) -> obj:
    """f(v) for any callable f."""
    t: i32 = type_of(f)
    if t == TYPE_TYPE:
        return type_call_one(f, v)
    if t == TYPE_FUNCTION and load_i32(i32(f), FUNCTION_ARITY) == 1:
        return call_entry(load_i32(i32(f), FUNCTION_TABLE_INDEX) + 1, v)
    args: obj = tuple_new(1)
    if args == ERROR_VALUE:
        return args
    tuple_init(args, 0, v)
    result: obj = py_call(f, args)
    decref(args)
    return result


def map_new(f: obj, iterables: obj) -> obj:
    """map(f, *iterables): an iterator over a zip of the iterables, with f as its extra."""
    inner: obj = zip_new(iterables)
    if inner == ERROR_VALUE:
        return inner
    it: obj = iterator_new(ITER_MAP, inner, 0)
    decref(inner)
    if it == ERROR_VALUE:
        return it
    incref(f)
    store_i64(i32(it), f, ITER_EXTRA)
    return it


def map_next(it: obj) -> obj:
    args: obj = py_next(iterator_source(it))
    if args == STOP_VALUE or args == ERROR_VALUE:
        return args
    result: obj = py_call(load_i64(i32(it), ITER_EXTRA), args)
    decref(args)
    return result


def filter_new(f: obj, iterable: obj) -> obj:
    """filter(f, iterable); filter(None, iterable) keeps the true items."""
    inner: obj = py_iter(iterable)
    if inner == ERROR_VALUE:
        return inner
    it: obj = iterator_new(ITER_FILTER, inner, 0)
    decref(inner)
    if it == ERROR_VALUE:
        return it
    incref(f)
    store_i64(i32(it), f, ITER_EXTRA)
    return it


def filter_next(it: obj) -> obj:
    f: obj = load_i64(i32(it), ITER_EXTRA)
    while True:
        item: obj = py_next(iterator_source(it))
        if item == STOP_VALUE or item == ERROR_VALUE:
            return item
        keep: i32 = 0
        if f == NONE_VALUE:
            keep = py_truth(item)
        else:
            verdict: obj = call_one(f, item)
            if verdict == ERROR_VALUE:
                decref(item)
                return verdict
            keep = py_truth(verdict)
            decref(verdict)
        if keep:
            return item
        decref(item)
