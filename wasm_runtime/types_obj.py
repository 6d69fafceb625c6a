"""Type objects of the builtin types (type(x), isinstance, `int` as a value).

A type object is immortal and made on first use:
    +8   i32  type code: a heap type's TYPE_* id, or TYPECODE_* for the inline types
    +16  obj  name (a str)
"""

TYPECODE_FLOAT = 16
TYPECODE_BOOL = 17
TYPECODE_NONE = 18
TYPECODE_OBJECT = 19
# Iterators and dict views have one type per kind (list_iterator, dict_keys ...).
TYPECODE_ITERATOR = 32
TYPECODE_VIEW = 48
# Exception types: TYPECODE_EXCEPTION + kind (EXC_*).
TYPECODE_EXCEPTION = 64
TYPECODE_COUNT = 128
TYPE_OBJECT_CODE = 8
TYPE_OBJECT_NAME = 16
TYPE_OBJECT_SIZE = 24
TYPE_OBJECTS = data_zero(TYPECODE_COUNT * 8)


def type_code(v: obj) -> i32:
    """The type code of any value (small and big ints are both TYPE_INT)."""
    tag: i64 = shr_u(v, TAG_SHIFT)
    if tag == TAG_INT:
        return TYPE_INT
    if tag == TAG_BOOL:
        return TYPECODE_BOOL
    if tag == TAG_NONE:
        return TYPECODE_NONE
    if lt_u(tag, TAG_FIRST):
        return TYPECODE_FLOAT
    t: i32 = load_i32(i32(v), OB_TYPE)
    if t == TYPE_ITERATOR:
        return TYPECODE_ITERATOR + iterator_kind(v)
    if t == TYPE_DICT_VIEW:
        return TYPECODE_VIEW + view_kind(v)
    if t == TYPE_EXCEPTION:
        return TYPECODE_EXCEPTION + load_i32(i32(v), EXC_KIND)
    return t


def type_code_name(code: i32) -> obj:
    if code == TYPECODE_FLOAT:
        return "float"
    if code == TYPECODE_BOOL:
        return "bool"
    if code == TYPECODE_OBJECT:
        return "object"
    if code == TYPECODE_NONE:
        return "NoneType"
    if code >= TYPECODE_EXCEPTION:
        return exc_name(code - TYPECODE_EXCEPTION)
    if code >= TYPECODE_VIEW:
        kind: i32 = code - TYPECODE_VIEW
        if kind == ITER_DICT_KEYS:
            return "dict_keys"
        if kind == ITER_DICT_VALUES:
            return "dict_values"
        return "dict_items"
    if code >= TYPECODE_ITERATOR:
        return iterator_kind_name(code - TYPECODE_ITERATOR)
    return heap_type_name(code)


def type_object(code: i32) -> obj:
    """The type object of a type code (a new reference)."""
    slot: i32 = TYPE_OBJECTS + code * 8
    existing: obj = load_i64(slot)
    if existing != 0:
        return existing
    p: i32 = alloc(TYPE_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, IMMORTAL_REFCNT, OB_REFCNT)
    store_i32(p, TYPE_TYPE, OB_TYPE)
    store_i32(p, code, TYPE_OBJECT_CODE)
    store_i64(p, type_code_name(code), TYPE_OBJECT_NAME)
    t: obj = box_ptr(p)
    store_i64(slot, t)
    return t


def py_type(v: obj) -> obj:
    """type(v)"""
    if type_of(v) == TYPE_INSTANCE:
        return new_ref(load_i64(i32(v), INSTANCE_CLASS))
    if type_of(v) == TYPE_CLASS:
        return type_object(TYPE_TYPE)
    return type_object(type_code(v))


def type_repr(t: obj) -> obj:
    """<class 'int'>"""
    return str_concat3("<class '", load_i64(i32(t), TYPE_OBJECT_NAME), "'>")


def isinstance_code(v: obj, code: i32) -> i32:
    """isinstance(v, the builtin type of `code`); bool is a subclass of int."""
    own: i32 = type_code(v)
    if code == TYPECODE_OBJECT or (own == TYPE_CLASS and code == TYPE_TYPE):
        return 1
    if code >= TYPECODE_EXCEPTION and own >= TYPECODE_EXCEPTION:
        return exc_kind_is(own - TYPECODE_EXCEPTION, code - TYPECODE_EXCEPTION)
    return own == code or (code == TYPE_INT and own == TYPECODE_BOOL)


def py_issubclass(cls: obj, classes: obj) -> i32:
    """issubclass(cls, classes) for a type object or a tuple of them."""
    t: i32 = type_of(classes)
    if type_of(cls) == TYPE_CLASS:
        if t == TYPE_CLASS:
            return is_subclass_of(cls, classes)
        if t == TYPE_TYPE:
            return load_i32(i32(classes), TYPE_OBJECT_CODE) == TYPECODE_OBJECT
    elif type_of(cls) != TYPE_TYPE:
        raise_new(EXC_TYPE_ERROR, "issubclass() arg 1 must be a class")
        return 0
    if t == TYPE_TUPLE:
        for i in range(0, tuple_length(classes)):
            found: i32 = py_issubclass(cls, tuple_item(classes, i))
            if EXC_CURRENT != 0 or found:
                return found
        return 0
    if t != TYPE_TYPE:
        raise_new(EXC_TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
        return 0
    own: i32 = load_i32(i32(cls), TYPE_OBJECT_CODE)
    code: i32 = load_i32(i32(classes), TYPE_OBJECT_CODE)
    if code == TYPECODE_OBJECT:
        return 1
    if code >= TYPECODE_EXCEPTION and own >= TYPECODE_EXCEPTION:
        return exc_kind_is(own - TYPECODE_EXCEPTION, code - TYPECODE_EXCEPTION)
    return own == code or (code == TYPE_INT and own == TYPECODE_BOOL)


def py_isinstance(v: obj, classes: obj) -> i32:
    """isinstance(v, classes) for a type object or a tuple of them."""
    t: i32 = type_of(classes)
    if t == TYPE_TYPE:
        return isinstance_code(v, load_i32(i32(classes), TYPE_OBJECT_CODE))
    if t == TYPE_CLASS:
        return type_of(v) == TYPE_INSTANCE and is_subclass_of(load_i64(i32(v), INSTANCE_CLASS), classes)
    if t == TYPE_TUPLE:
        for i in range(0, tuple_length(classes)):
            found: i32 = py_isinstance(v, tuple_item(classes, i))
            if EXC_CURRENT != 0 or found:
                return found
        return 0
    raise_new(EXC_TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    return 0
