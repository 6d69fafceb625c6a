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


def builtin_type_mro(t: obj, bases_only: i32) -> obj:
    """T.__mro__ of a builtin type (T, its exception bases, then object; bool's is bool,
    int, object), or with bases_only T.__bases__ (the next class of that order alone)."""
    code: i32 = load_i32(i32(t), TYPE_OBJECT_CODE)
    order: obj = list_new(4)
    if order == ERROR_VALUE:
        return order
    if code >= TYPECODE_EXCEPTION:
        kind: i32 = code - TYPECODE_EXCEPTION
        while kind >= 0:
            list_append(order, type_object(TYPECODE_EXCEPTION + kind))
            kind = exc_base(kind)
    else:
        list_append(order, t)
        if code == TYPECODE_BOOL:
            list_append(order, type_object(TYPE_INT))
    if code != TYPECODE_OBJECT:
        list_append(order, type_object(TYPECODE_OBJECT))
    result: obj = ERROR_VALUE
    if bases_only:
        result = tuple_new(0) if list_length(order) == 1 else tuple_around(MISSING_VALUE, tuple_new(0), 0, list_item(order, 1))
    else:
        result = tuple_from_list(order)
    decref(order)
    return result


def object_new() -> obj:
    """object(): a new object with nothing but its identity (a sentinel), of type object:
    its type id is object's type code, and it is hashed, compared and printed as any
    object without methods."""
    p: i32 = alloc(8)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPECODE_OBJECT, OB_TYPE)
    return box_ptr(p)


def py_type(v: obj) -> obj:
    """type(v)"""
    cls: obj = class_of(v)
    if cls != 0:
        return new_ref(cls)
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
    if own == TYPE_INSTANCE and code == TYPE_INT:
        return is_int_enum_class(load_i64(i32(v), INSTANCE_CLASS))  # IntEnum's members are ints
    return own == code or (code == TYPE_INT and own == TYPECODE_BOOL)


# How a class relation is asked for: the TypeError each gives for what is not a class.
ASK_ISINSTANCE = 0
ASK_ISSUBCLASS = 1
ASK_EXCEPT = 2


def py_issubclass(cls: obj, classes: obj) -> i32:
    """issubclass(cls, classes) for a class, a type object, or a tuple of them."""
    if type_of(cls) != TYPE_CLASS and type_of(cls) != TYPE_TYPE:
        raise_new(EXC_TYPE_ERROR, "issubclass() arg 1 must be a class")
        return 0
    return is_subtype_of_any(cls, classes, ASK_ISSUBCLASS)


def py_isinstance(v: obj, classes: obj) -> i32:
    """isinstance(v, classes) for a class, a type object, or a tuple of them."""
    own: obj = py_type(v)
    if own == ERROR_VALUE:
        return 0
    return is_subtype_of_any(own, classes, ASK_ISINSTANCE)


def is_subtype_of_any(own: obj, classes: obj, ask: i32) -> i32:
    """Whether the type `own` (a class or a type object, immortal both) is `classes` or a
    subtype of it, or of one in a tuple (tuples nest); TypeError when one is no class
    (for `except`, no exception class)."""
    if type_of(classes) == TYPE_TUPLE:
        for i in range(0, tuple_length(classes)):
            found: i32 = is_subtype_of_any(own, tuple_item(classes, i), ask)
            if EXC_CURRENT != 0 or found:
                return found
        return 0
    if not is_class_for(classes, ask):
        if ask == ASK_EXCEPT:
            raise_new(EXC_TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed")
        elif ask == ASK_ISSUBCLASS:
            raise_new(EXC_TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
        else:
            raise_new(EXC_TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union")
        return 0
    return is_subtype(own, classes)


def is_class_for(v: obj, ask: i32) -> i32:
    t: i32 = type_of(v)
    if ask != ASK_EXCEPT:
        return t == TYPE_CLASS or t == TYPE_TYPE
    if t == TYPE_CLASS:
        return class_exception_kind(v) >= 0
    return t == TYPE_TYPE and load_i32(i32(v), TYPE_OBJECT_CODE) >= TYPECODE_EXCEPTION


def is_subtype(own: obj, cls: obj) -> i32:
    """Whether the type `own` is the type `cls` or derives from it: classes by their MRO, a
    class of exceptions from the builtin exception types of its kind, the builtin types
    by their codes (bool is an int, exception kinds by their hierarchy)."""
    if type_of(cls) == TYPE_CLASS:
        return type_of(own) == TYPE_CLASS and is_subclass_of(own, cls)
    code: i32 = load_i32(i32(cls), TYPE_OBJECT_CODE)
    if code == TYPECODE_OBJECT:
        return 1
    own_code: i32 = TYPE_CLASS
    if type_of(own) == TYPE_CLASS:
        if class_exception_kind(own) >= 0:
            own_code = TYPECODE_EXCEPTION + class_exception_kind(own)
    else:
        own_code = load_i32(i32(own), TYPE_OBJECT_CODE)
    if code >= TYPECODE_EXCEPTION and own_code >= TYPECODE_EXCEPTION:
        return exc_kind_is(own_code - TYPECODE_EXCEPTION, code - TYPECODE_EXCEPTION)
    if code == TYPE_INT and own_code == TYPE_CLASS:
        return is_int_enum_class(own)  # IntEnum's members are ints
    return own_code == code or (code == TYPE_INT and own_code == TYPECODE_BOOL)
