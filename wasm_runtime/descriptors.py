"""property, staticmethod and classmethod: class attributes that attribute access on an
instance or a class turns into something else (classes.py bind_class_attribute).

A property:
    +8 obj fget, +16 obj fset, +24 obj fdel (each NONE_VALUE when absent)
    +32 obj its attribute name (a str), set when its class is made (CPython's
            __set_name__), 0 before
A staticmethod or classmethod:
    +8 obj the function
"""

PROPERTY_GET = 8
PROPERTY_SET = 16
PROPERTY_DELETE = 24
PROPERTY_NAME = 32
PROPERTY_OBJECT_SIZE = 40
WRAPPED_FUNCTION = 8
WRAPPER_OBJECT_SIZE = 16


def property_new(fget: obj, fset: obj, fdel: obj) -> obj:
    p: i32 = alloc(PROPERTY_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_PROPERTY, OB_TYPE)
    store_i64(p, new_ref(fget), PROPERTY_GET)
    store_i64(p, new_ref(fset), PROPERTY_SET)
    store_i64(p, new_ref(fdel), PROPERTY_DELETE)
    store_i64(p, 0, PROPERTY_NAME)
    return box_ptr(p)


def property_from_arguments(args: obj) -> obj:
    """property(fget=None, fset=None, fdel=None, doc=None) called positionally."""
    n: i32 = tuple_length(args)
    if n > 4:
        return raise_new(EXC_TYPE_ERROR, "property expected at most 4 arguments")
    return property_new(tuple_item(args, 0) if n > 0 else NONE_VALUE, tuple_item(args, 1) if n > 1 else NONE_VALUE,
                        tuple_item(args, 2) if n > 2 else NONE_VALUE)


def property_with(prop: obj, slot: i32, f: obj) -> obj:
    """prop.getter(f), .setter(f), .deleter(f): a copy of prop with f in the slot
    (PROPERTY_GET, _SET, _DELETE)."""
    if type_of(prop) != TYPE_PROPERTY:
        return raise_no_attribute(prop, "setter" if slot == PROPERTY_SET else ("getter" if slot == PROPERTY_GET else "deleter"))
    p: i32 = i32(prop)
    copy: obj = property_new(load_i64(p, PROPERTY_GET), load_i64(p, PROPERTY_SET), load_i64(p, PROPERTY_DELETE))
    if copy == ERROR_VALUE:
        return copy
    decref(load_i64(i32(copy) + slot))
    store_i64(i32(copy) + slot, new_ref(f))
    return copy


def property_getter(prop: obj, f: obj) -> obj:
    return property_with(prop, PROPERTY_GET, f)


def property_setter(prop: obj, f: obj) -> obj:
    return property_with(prop, PROPERTY_SET, f)


def property_deleter(prop: obj, f: obj) -> obj:
    return property_with(prop, PROPERTY_DELETE, f)


def property_dealloc(p: i32) -> None:
    decref(load_i64(p, PROPERTY_GET))
    decref(load_i64(p, PROPERTY_SET))
    decref(load_i64(p, PROPERTY_DELETE))
    decref(load_i64(p, PROPERTY_NAME))
    free(p)


def property_set_name(prop: obj, name: obj) -> None:
    p: i32 = i32(prop)
    if load_i64(p, PROPERTY_NAME) == 0:
        store_i64(p, new_ref(name), PROPERTY_NAME)


def property_call(prop: obj, slot: i32, v: obj, value: obj) -> obj:
    """The property's getter (v), setter (v, value) or deleter (v); AttributeError as
    CPython words it when the slot is empty."""
    f: obj = load_i64(i32(prop) + slot)
    if f == NONE_VALUE:
        return raise_property_missing(prop, slot, v)
    args: obj = tuple_new(1 if slot == PROPERTY_SET else 0)
    if args == ERROR_VALUE:
        return args
    if slot == PROPERTY_SET:
        tuple_init(args, 0, value)
    result: obj = call_with_self(f, v, args, MISSING_VALUE)
    decref(args)
    return result


def raise_property_missing(prop: obj, slot: i32, v: obj) -> obj:
    """AttributeError: property 'x' of 'C' object has no setter"""
    name: obj = load_i64(i32(prop), PROPERTY_NAME)
    head: obj = str_concat3("property '", name if name != 0 else "?", "' of '")
    if head == ERROR_VALUE:
        return head
    middle: obj = str_concat3(head, type_name(v), "' object has no ")
    decref(head)
    if middle == ERROR_VALUE:
        return middle
    what: obj = "getter" if slot == PROPERTY_GET else ("setter" if slot == PROPERTY_SET else "deleter")
    result: obj = raise_with_parts(EXC_ATTRIBUTE_ERROR, middle, what, "")
    decref(middle)
    return result


def wrapper_new(t: i32, f: obj) -> obj:
    """staticmethod(f) (t TYPE_STATICMETHOD) or classmethod(f) (TYPE_CLASSMETHOD)."""
    p: i32 = alloc(WRAPPER_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, t, OB_TYPE)
    store_i64(p, new_ref(f), WRAPPED_FUNCTION)
    return box_ptr(p)


def wrapper_dealloc(p: i32) -> None:
    decref(load_i64(p, WRAPPED_FUNCTION))
    free(p)


def wrapper_repr(v: obj) -> obj:
    """<staticmethod(<function f at 0x...>)>"""
    inner: obj = py_repr(load_i64(i32(v), WRAPPED_FUNCTION))
    if inner == ERROR_VALUE:
        return inner
    head: obj = str_concat3("<", heap_type_name(type_of(v)), "(")
    if head == ERROR_VALUE:
        decref(inner)
        return head
    result: obj = str_concat3(head, inner, ")>")
    decref(head)
    decref(inner)
    return result


def is_data_descriptor(v: obj) -> i32:
    return type_of(v) == TYPE_PROPERTY
