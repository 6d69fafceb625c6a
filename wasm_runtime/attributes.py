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
    if t == TYPE_TYPE and (str_eq(name, "__mro__") or str_eq(name, "__bases__")):
        return builtin_type_mro(v, str_eq(name, "__bases__"))
    if str_eq(name, "__name__") or (t == TYPE_TYPE and str_eq(name, "__qualname__")):
        if t == TYPE_TYPE:
            return new_ref(load_i64(i32(v), TYPE_OBJECT_NAME))
        if t == TYPE_FUNCTION:
            return new_ref(load_i64(i32(v), FUNCTION_NAME))
    if t == TYPE_METHOD:
        return method_getattr(v, name)
    if t == TYPE_SLICE:
        part: obj = slice_attribute(v, name)
        if part != MISSING_VALUE:
            return part
    method: obj = builtin_method_value(v, name)
    if method != MISSING_VALUE:
        return method
    return raise_no_attribute(v, name)


def checked_name(name: obj) -> i32:
    """1 when an attribute name given to getattr() and the others is a str; else 0 after
    TypeError."""
    if is_str(name):
        return 1
    raise_with_parts(EXC_TYPE_ERROR, "attribute name must be string, not '", type_name(name), "'")
    return 0


def getattr_builtin(v: obj, name: obj, default: obj) -> obj:
    """getattr(v, name) and getattr(v, name, default)."""
    if not checked_name(name):
        return ERROR_VALUE
    result: obj = py_getattr(v, name)
    if result == ERROR_VALUE and default != MISSING_VALUE and exc_catch(EXC_ATTRIBUTE_ERROR):
        return new_ref(default)
    return result


def hasattr_builtin(v: obj, name: obj) -> i32:
    """hasattr(v, name): getattr without AttributeError; other errors go on."""
    result: obj = getattr_builtin(v, name, MISSING_VALUE)
    if result != ERROR_VALUE:
        decref(result)
        return 1
    exc_catch(EXC_ATTRIBUTE_ERROR)
    return 0


def setattr_builtin(v: obj, name: obj, value: obj) -> None:
    if checked_name(name):
        py_setattr(v, name, value)


def delattr_builtin(v: obj, name: obj) -> None:
    if checked_name(name):
        py_delattr(v, name)


def vars_builtin(v: obj) -> obj:
    """vars(v): an instance's attribute dict (itself, so writes show), a class's namespace."""
    t: i32 = type_of(v)
    if (t == TYPE_INSTANCE or t == TYPE_EXCEPTION) and (class_of(v) == 0 or load_i64(i32(class_of(v)), CLASS_SLOTS) == 0):
        if t == TYPE_INSTANCE and SPLIT_DICTS != 0:
            # The compiler saw no way to ask for an instance's dict (molt/frontend/families.py).
            unreachable()
        return new_ref(object_dict(v))
    if t == TYPE_CLASS:
        return new_ref(load_i64(i32(v), CLASS_DICT))
    return raise_new(EXC_TYPE_ERROR, "vars() argument must have __dict__ attribute")


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
    if str_eq(name, "__class__"):
        return py_type(e)
    if str_eq(name, "code") and exc_kind_is(load_i32(p, EXC_KIND), EXC_SYSTEM_EXIT):
        return system_exit_code(e)  # SystemExit's code, read from its arguments
    return object_getattr(e, load_i64(p, EXC_DICT), load_i64(p, EXC_CLASS), name)


def exception_link(v: obj) -> obj:
    if v == 0:
        return NONE_VALUE
    return new_ref(v)
