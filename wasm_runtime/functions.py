"""Calling objects: function objects, type objects (int, str ...), and map()/filter().

A function object (codegen writes the static, immortal ones, molt/codegen/layout.py;
function_new copies one to give it defaults or a closure):
    +8   i32  index of the function's entry in the module's function table (the next
              slot holds its one-argument entry when it has one parameter)
    +12  i32  arity: the number of parameters when a call needs only to pass that many
              positional arguments; -1 when arguments must be bound (bind_arguments)
    +16  obj  __name__, +24 obj __qualname__ (strs)
    +32  obj  the parameters' names, separated by spaces (a str)
    +40  i32  positional-only parameters, +44 i32 positional parameters (with those),
    +48  i32  keyword-only parameters, +52 i32 FUNCTION_VARARGS | FUNCTION_VARKW
    +56  obj  defaults (a tuple) or 0, +64 obj keyword-only defaults (a dict) or 0
    +72  obj  closure (a tuple of cells) or 0, +80 obj the names as a tuple, made on use
Its entry takes (function, arguments): one value per parameter slot, in order (positional
parameters, *args, keyword-only parameters, **kwargs), as a tuple.
"""

FUNCTION_TABLE_INDEX = 8
FUNCTION_ARITY = 12
FUNCTION_NAME = 16
FUNCTION_QUALNAME = 24
FUNCTION_PARAMS = 32
FUNCTION_POSONLY = 40
FUNCTION_ARGCOUNT = 44
FUNCTION_KWONLY = 48
FUNCTION_FLAGS = 52
FUNCTION_DEFAULTS = 56
FUNCTION_KWDEFAULTS = 64
FUNCTION_CLOSURE = 72
FUNCTION_NAMES = 80
FUNCTION_OBJECT_SIZE = 88
FUNCTION_VARARGS = 1
FUNCTION_VARKW = 2


def py_call(f: obj, args: obj) -> obj:
    """f(*args) for a tuple args and any callable f."""
    return py_call_kw(f, args, MISSING_VALUE)


def py_call_kw(f: obj, args: obj, kwargs: obj) -> obj:
    """f(*args, **kwargs) for a tuple args, a dict kwargs (or MISSING) and any callable f."""
    t: i32 = type_of(f)
    no_keywords: i32 = kwargs == MISSING_VALUE or dict_length(kwargs) == 0
    if t == TYPE_FUNCTION:
        p: i32 = i32(f)
        if no_keywords and load_i32(p, FUNCTION_ARITY) == tuple_length(args):
            return call_entry(load_i32(p, FUNCTION_TABLE_INDEX), f, args)
        bound: obj = bind_arguments(f, args, kwargs)
        if bound == ERROR_VALUE:
            return bound
        result: obj = call_entry(load_i32(p, FUNCTION_TABLE_INDEX), f, bound)
        decref(bound)
        return result
    if t == TYPE_METHOD:
        return method_call(f, args, kwargs)
    if t == TYPE_BUILTIN_METHOD:
        return builtin_method_call(f, args, kwargs)
    if t == TYPE_CLASS:
        if is_enum_class(f):
            return enum_call(f, args, kwargs)
        return class_call(f, args, kwargs)
    if t == TYPE_INSTANCE:
        return instance_call(f, args, kwargs)
    if t == TYPE_TYPE:
        if not no_keywords:
            return raise_with_parts(EXC_TYPE_ERROR, load_i64(i32(f), TYPE_OBJECT_NAME),
                                    "() takes no keyword arguments", "")
        if load_i32(i32(f), TYPE_OBJECT_CODE) >= TYPECODE_EXCEPTION:
            return exc_new(load_i32(i32(f), TYPE_OBJECT_CODE) - TYPECODE_EXCEPTION, args)
        if load_i32(i32(f), TYPE_OBJECT_CODE) == TYPE_PROPERTY:
            return property_from_arguments(args)
        if load_i32(i32(f), TYPE_OBJECT_CODE) == TYPE_SLICE:
            return slice_from_arguments(args)
        n: i32 = tuple_length(args)
        if n == 1:
            return type_call_one(f, tuple_item(args, 0))
        if n == 0:
            return type_call_none(f)
        return raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, "calling the type ", load_i64(i32(f), TYPE_OBJECT_NAME),
                                " with several arguments is not supported by molt yet")
    return raise_with_parts(EXC_TYPE_ERROR, "'", type_name(f), "' object is not callable")


def py_callable(v: obj) -> i32:
    t: i32 = type_of(v)
    return (t == TYPE_FUNCTION or t == TYPE_TYPE or t == TYPE_CLASS or t == TYPE_METHOD or t == TYPE_BUILTIN_METHOD
            or special_method(v, "__call__") != MISSING_VALUE)


def function_new(template: obj, defaults: obj, kwdefaults: obj, closure: obj) -> obj:
    """A function object made by a def or lambda that has defaults or a closure: the static
    one of its code with those (a tuple, a dict, a tuple of cells, each MISSING when absent;
    references taken)."""
    if defaults == MISSING_VALUE:
        defaults = 0
    if kwdefaults == MISSING_VALUE:
        kwdefaults = 0
    if closure == MISSING_VALUE:
        closure = 0
    p: i32 = alloc(FUNCTION_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    memory_copy(p, i32(template), FUNCTION_OBJECT_SIZE)
    store_i32(p, 1, OB_REFCNT)
    if defaults != 0 or kwdefaults != 0:
        store_i32(p, -1, FUNCTION_ARITY)
    incref(defaults)
    incref(kwdefaults)
    incref(closure)
    store_i64(p, defaults, FUNCTION_DEFAULTS)
    store_i64(p, kwdefaults, FUNCTION_KWDEFAULTS)
    store_i64(p, closure, FUNCTION_CLOSURE)
    store_i64(p, 0, FUNCTION_NAMES)
    return box_ptr(p)


def function_dealloc(p: i32) -> None:
    decref(load_i64(p, FUNCTION_DEFAULTS))
    decref(load_i64(p, FUNCTION_KWDEFAULTS))
    decref(load_i64(p, FUNCTION_CLOSURE))
    decref(load_i64(p, FUNCTION_NAMES))
    free(p)


def function_closure(f: obj) -> obj:
    """The closure of a function object, for its entry."""
    return new_ref(load_i64(i32(f), FUNCTION_CLOSURE))


def function_set_defaults(f: obj, defaults: obj, kwdefaults: obj) -> None:
    """A top-level def with defaults: its (static) function object gets them."""
    p: i32 = i32(f)
    if defaults == MISSING_VALUE:
        defaults = 0
    if kwdefaults == MISSING_VALUE:
        kwdefaults = 0
    incref(defaults)
    incref(kwdefaults)
    decref(load_i64(p, FUNCTION_DEFAULTS))
    decref(load_i64(p, FUNCTION_KWDEFAULTS))
    store_i64(p, defaults, FUNCTION_DEFAULTS)
    store_i64(p, kwdefaults, FUNCTION_KWDEFAULTS)


def function_default(f: obj, i: i32) -> obj:
    """Default value i of the positional parameters that have one (a new reference)."""
    return new_ref(tuple_item(load_i64(i32(f), FUNCTION_DEFAULTS), i))


def function_kwdefault(f: obj, name: obj) -> obj:
    """The default of the keyword-only parameter `name` (a new reference)."""
    return dict_getitem(load_i64(i32(f), FUNCTION_KWDEFAULTS), name)


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
    head: obj = str_concat3("<function ", load_i64(i32(f), FUNCTION_QUALNAME), " at ")
    if head == ERROR_VALUE:
        decref(address)
        return head
    result: obj = str_concat3(head, address, ">")
    decref(head)
    decref(address)
    return result


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
    if code == TYPE_STATICMETHOD or code == TYPE_CLASSMETHOD:
        return wrapper_new(code, v)
    return raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, "calling the type ", type_code_name(code),
                            " this way is not supported by molt yet")


def call_one(f: obj, v: obj) -> obj:
    """f(v) for any callable f."""
    t: i32 = type_of(f)
    if t == TYPE_TYPE:
        code: i32 = load_i32(i32(f), TYPE_OBJECT_CODE)
        if code < TYPECODE_EXCEPTION and code != TYPE_PROPERTY and code != TYPE_SLICE:
            return type_call_one(f, v)
    if t == TYPE_FUNCTION and load_i32(i32(f), FUNCTION_ARITY) == 1:
        return call_entry(load_i32(i32(f), FUNCTION_TABLE_INDEX) + 1, f, v)
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


# Cells: a variable of a function that inner functions share (a closure's cells).
#     +8   obj  the value, UNBOUND while the variable is unassigned
CELL_VALUE = 8
CELL_OBJECT_SIZE = 16


def cell_new() -> obj:
    p: i32 = alloc(CELL_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_CELL, OB_TYPE)
    store_i64(p, UNBOUND_VALUE, CELL_VALUE)
    return box_ptr(p)


def cell_get(cell: obj, name: obj, free: i32) -> obj:
    """The variable's value (a new reference); NameError while unassigned (free: the
    variable belongs to an enclosing function)."""
    v: obj = load_i64(i32(cell), CELL_VALUE)
    if v == UNBOUND_VALUE:
        if free:
            return raise_with_parts(EXC_NAME_ERROR, "cannot access free variable '", name,
                                    "' where it is not associated with a value in enclosing scope")
        return raise_with_parts(EXC_UNBOUND_LOCAL_ERROR, "cannot access local variable '", name,
                                "' where it is not associated with a value")
    incref(v)
    return v


def cell_set(cell: obj, v: obj) -> None:
    """Assign the variable (v borrowed; UNBOUND deletes it)."""
    old: obj = load_i64(i32(cell), CELL_VALUE)
    incref(v)
    store_i64(i32(cell), v, CELL_VALUE)
    decref(old)
