"""Methods of builtin types as values: `xs.append`, `getattr(s, "upper")`.

A builtin method object (CPython's builtin_function_or_method) holds its receiver and the
method's number among the names of molt/ir/methods.py:
    +8   obj  the receiver (a reference)
    +16  obj  the method's name (a reference)
    +24  i32  the method's number (builtin_method_index, methods.py)
Calling one binds the arguments to the method's parameters at run time
(call_builtin_method, generated in methods.py with the helpers below) and calls the same
dispatcher that `xs.append(x)` calls.
"""

BUILTIN_METHOD_SELF = 8
BUILTIN_METHOD_NAME = 16
BUILTIN_METHOD_INDEX = 24
BUILTIN_METHOD_SIZE = 32
# argument(): a parameter that no position can fill (keyword-only).
NO_POSITION = 1 << 30


def builtin_method_value(v: obj, name: obj) -> obj:
    """v.name as a builtin method object, or MISSING_VALUE. The program provides it
    (molt/frontend/module.py): builtin_method_get when it may take a method of a builtin
    value as a value; else none is ever asked for, and the program does not carry the
    binding of arguments and every method it reaches."""
    ...


def builtin_method_get(v: obj, name: obj) -> obj:
    """v.name as a builtin method object when v's builtin type has that method; else
    MISSING_VALUE."""
    index: i32 = builtin_method_index(v, name)
    if index < 0:
        return MISSING_VALUE
    p: i32 = alloc(BUILTIN_METHOD_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_BUILTIN_METHOD, OB_TYPE)
    store_i64(p, new_ref(v), BUILTIN_METHOD_SELF)
    store_i64(p, new_ref(name), BUILTIN_METHOD_NAME)
    store_i32(p, index, BUILTIN_METHOD_INDEX)
    return box_ptr(p)


def builtin_method_dealloc(p: i32) -> None:
    decref(load_i64(p, BUILTIN_METHOD_SELF))
    decref(load_i64(p, BUILTIN_METHOD_NAME))
    free(p)


def builtin_method_call(m: obj, args: obj, kwargs: obj) -> obj:
    """m(*args, **kwargs). Provided by the program with builtin_method_value:
    builtin_method_bind when it has method values (else there is no m to call)."""
    ...


def builtin_method_bind(m: obj, args: obj, kwargs: obj) -> obj:
    p: i32 = i32(m)
    return call_builtin_method(load_i64(p, BUILTIN_METHOD_SELF), load_i32(p, BUILTIN_METHOD_INDEX), args, kwargs)


def builtin_method_repr(m: obj) -> obj:
    """<built-in method append of list object at 0x...>"""
    p: i32 = i32(m)
    head: obj = str_concat3("<built-in method ", load_i64(p, BUILTIN_METHOD_NAME), " of ")
    if head == ERROR_VALUE:
        return head
    result: obj = object_description(load_i64(p, BUILTIN_METHOD_SELF), head, ">")
    decref(head)
    return result


def builtin_method_eq(a: obj, b: obj) -> i32:
    """a == b for two builtin method objects: the same method of the same receiver."""
    return (load_i64(i32(a), BUILTIN_METHOD_SELF) == load_i64(i32(b), BUILTIN_METHOD_SELF)
            and load_i32(i32(a), BUILTIN_METHOD_INDEX) == load_i32(i32(b), BUILTIN_METHOD_INDEX))


# Binding (call_builtin_method): arguments are borrowed; a parameter nothing fills is
# MISSING_VALUE, which the method's implementation reports as CPython does.

def argument(args: obj, i: i32, kwargs: obj, keyword: obj) -> obj:
    """Positional argument i, else the keyword argument `keyword` (MISSING_VALUE for a
    parameter that takes no keyword)."""
    if i < tuple_length(args):
        return tuple_item(args, i)
    if keyword == MISSING_VALUE or kwargs == MISSING_VALUE:
        return MISSING_VALUE
    return dict_find(kwargs, keyword)


def keywords_fit(self: obj, name: obj, kwargs: obj, first: obj, second: obj) -> i32:
    """1 when every keyword of kwargs is `first` or `second` (each MISSING_VALUE when the
    method has fewer keyword parameters); else 0 after TypeError."""
    if kwargs == MISSING_VALUE or dict_length(kwargs) == 0:
        return 1
    d: i32 = i32(kwargs)
    ix: i32 = dict_next_entry(d, 0)
    while ix >= 0:
        key: obj = load_i64(dict_entry(d, ix), ENTRY_KEY)
        if not ((first != MISSING_VALUE and str_eq(key, first)) or (second != MISSING_VALUE and str_eq(key, second))):
            if first == MISSING_VALUE:
                head: obj = str_concat3(type_name(self), ".", name)
                if head != ERROR_VALUE:
                    raise_with_parts(EXC_TYPE_ERROR, head, "() takes no keyword arguments", "")
                    decref(head)
                return 0
            text: obj = py_str(key)
            if text == ERROR_VALUE:
                return 0
            message: obj = str_concat3("'", text, "' is an invalid keyword argument for ")
            decref(text)
            if message != ERROR_VALUE:
                raise_with_parts(EXC_TYPE_ERROR, message, name, "()")
                decref(message)
            return 0
        ix = dict_next_entry(d, ix + 1)
    return 1


def keywords_or_missing(kwargs: obj) -> obj:
    """A method's **kwargs parameter: the dict, or MISSING_VALUE without keywords."""
    if kwargs == MISSING_VALUE or dict_length(kwargs) == 0:
        return MISSING_VALUE
    return kwargs


def arity_error(before: obj, given: i32, after: obj) -> obj:
    """TypeError for a method call with too few or too many arguments, in CPython's words
    around the number given (tools/gen_methods.py asks CPython for them)."""
    count: obj = int_to_str(i64(given))
    if count == ERROR_VALUE:
        return count
    result: obj = raise_with_parts(EXC_TYPE_ERROR, before, count, after)
    decref(count)
    return result


def method_arity_error(self: obj, before: obj, given: i32, after: obj) -> obj:
    """arity_error, the message starting with the name of self's type and a dot."""
    head: obj = str_concat3(type_name(self), ".", before)
    if head == ERROR_VALUE:
        return head
    result: obj = arity_error(head, given, after)
    decref(head)
    return result
