"""Reading attributes of builtin objects: obj.name for the attributes Molt's types have."""


def py_getattr(v: obj, name: obj) -> obj:
    """v.name (a new reference); AttributeError as CPython words it."""
    t: i32 = type_of(v)
    if t == TYPE_INSTANCE:
        return instance_getattr(v, name)
    if t == TYPE_CLASS:
        return class_getattr(v, name)
    if t == TYPE_EXCEPTION:
        return exception_attribute(v, name)
    if str_eq(name, "__name__"):
        if t == TYPE_TYPE:
            return new_ref(load_i64(i32(v), TYPE_OBJECT_NAME))
        if t == TYPE_FUNCTION:
            return new_ref(load_i64(i32(v), FUNCTION_NAME))
    return raise_no_attribute(v, name)


def raise_no_attribute(v: obj, name: obj) -> obj:
    """'int' object has no attribute 'x'"""
    head: obj = str_concat3("'", type_name(v), "' object has no attribute '")
    if head == ERROR_VALUE:
        return head
    result: obj = raise_with_parts(EXC_ATTRIBUTE_ERROR, head, name, "'")
    decref(head)
    return result


def exception_attribute(e: obj, name: obj) -> obj:
    """args, __cause__, __context__, __suppress_context__ of an exception."""
    p: i32 = i32(e)
    if str_eq(name, "args"):
        return new_ref(exc_args(e))
    if str_eq(name, "__cause__"):
        return exception_link(load_i64(p, EXC_CAUSE))
    if str_eq(name, "__context__"):
        return exception_link(load_i64(p, EXC_CONTEXT))
    if str_eq(name, "__suppress_context__"):
        return box_bool(load_i32(p, EXC_SUPPRESS_CONTEXT))
    return raise_no_attribute(e, name)


def exception_link(v: obj) -> obj:
    if v == 0:
        return NONE_VALUE
    return new_ref(v)
