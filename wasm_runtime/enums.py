"""Enum classes: their members, and what the class itself does (iteration, len(), lookup
by value and by name, `in`, its repr, no reassigning a member).

An enum class is a class of the program whose base is Enum or IntEnum, which Molt writes
in Python (molt/frontend/enum_classes.py). After its class statement, enum_make_members
turns the values its body gave member names into members: instances of the class with
_name_ and _value_. As in CPython, the class then holds _member_names_ (the names of the
members that are no alias, in definition order) and _member_map_ (every name, aliases
too, to its member), and has the flag CLASS_IS_ENUM, which the generic functions test.
"""

# A bit of CLASS_FLAGS (classes.py), inherited like the others: the class is an enum.
# (The high bits are the standard modules'; classes.py uses the low ones.)
CLASS_IS_ENUM = 256


def is_enum_class(cls: obj) -> i32:
    return type_of(cls) == TYPE_CLASS and (load_i32(i32(cls), CLASS_FLAGS) & CLASS_IS_ENUM) != 0


def enum_make_members(cls: obj, names: obj) -> obj:
    """The members of enum class cls from the values of `names` (a tuple of str) in its
    namespace: a value equal to an earlier member's makes an alias of it; functions and
    other descriptors stay what they are. None, or ERROR_VALUE."""
    p: i32 = i32(cls)
    store_i32(p, load_i32(p, CLASS_FLAGS) | CLASS_IS_ENUM, CLASS_FLAGS)
    member_names: obj = list_new(0)
    if member_names == ERROR_VALUE:
        return member_names
    member_map: obj = dict_new()
    if member_map == ERROR_VALUE:
        decref(member_names)
        return member_map
    namespace: obj = load_i64(p, CLASS_DICT)
    status: i32 = dict_setitem(namespace, "_member_names_", member_names)
    if status == 0:
        status = dict_setitem(namespace, "_member_map_", member_map)
    for i in range(0, tuple_length(names)):
        if status == 0:
            status = enum_add_member(cls, member_names, member_map, tuple_item(names, i))
    decref(member_names)
    decref(member_map)
    if status != 0:
        return ERROR_VALUE
    return NONE_VALUE


def is_descriptor(v: obj) -> i32:
    t: i32 = type_of(v)
    return t == TYPE_FUNCTION or t == TYPE_PROPERTY or t == TYPE_STATICMETHOD or t == TYPE_CLASSMETHOD


def enum_add_member(cls: obj, member_names: obj, member_map: obj, name: obj) -> i32:
    """The member `name`; 0, or -1 after raising."""
    namespace: obj = load_i64(i32(cls), CLASS_DICT)
    value: obj = dict_find(namespace, name)
    if value == MISSING_VALUE or is_descriptor(value):
        return 0
    member: obj = enum_find_value(cls, value)
    if member == ERROR_VALUE:
        return -1
    if member == MISSING_VALUE:
        member = enum_member_new(cls, name, value)
        if member == ERROR_VALUE:
            return -1
        if list_append(member_names, name) != 0:
            decref(member)
            return -1
    else:
        incref(member)  # an alias
    status: i32 = dict_setitem(member_map, name, member)
    if status == 0:
        status = dict_setitem(namespace, name, member)
    decref(member)
    return status


def enum_member_new(cls: obj, name: obj, value: obj) -> obj:
    """A member: an instance of cls with _value_ and _name_, given to the class's __init__
    when it has one (the value's items as arguments when it is a tuple)."""
    member: obj = instance_new(cls)
    if member == ERROR_VALUE:
        return member
    py_setattr(member, "_value_", value)
    if EXC_CURRENT == 0:
        py_setattr(member, "_name_", name)
    if EXC_CURRENT != 0:
        decref(member)
        return ERROR_VALUE
    init: obj = class_lookup(cls, "__init__")
    if init == MISSING_VALUE:
        return member
    args: obj = 0
    if type_of(value) == TYPE_TUPLE:
        args = tuple_around(member, value, 0, MISSING_VALUE)
    else:
        args = tuple_new(2)
        if args != ERROR_VALUE:
            tuple_init(args, 0, member)
            tuple_init(args, 1, value)
    if args == ERROR_VALUE:
        decref(member)
        return args
    result: obj = py_call(init, args)
    decref(args)
    if result == ERROR_VALUE:
        decref(member)
        return result
    decref(result)
    return member


def enum_member_map(cls: obj) -> obj:
    """_member_map_ of an enum class (borrowed)."""
    return class_lookup(cls, "_member_map_")


def enum_member_names(cls: obj) -> obj:
    """_member_names_ of an enum class (borrowed)."""
    return class_lookup(cls, "_member_names_")


def enum_find_value(cls: obj, value: obj) -> obj:
    """The member of cls whose value equals `value` (borrowed), MISSING_VALUE, or
    ERROR_VALUE after raising."""
    names: obj = enum_member_names(cls)
    members: obj = enum_member_map(cls)
    for i in range(0, list_length(names)):
        member: obj = dict_find(members, list_item(names, i))
        own: obj = py_getattr(member, "_value_")
        if own == ERROR_VALUE:
            return own
        found: i32 = py_equal(own, value)
        decref(own)
        if found < 0:
            return ERROR_VALUE
        if found:
            return member
    return MISSING_VALUE


def enum_call(cls: obj, args: obj, kwargs: obj) -> obj:
    """Color(value): the member with that value (or the member itself); ValueError."""
    if tuple_length(args) != 1 or (kwargs != MISSING_VALUE and dict_length(kwargs) != 0):
        if tuple_length(args) == 0:
            return raise_new(EXC_TYPE_ERROR, "EnumType.__call__() missing 1 required positional argument: 'value'")
        return raise_new(EXC_NOT_IMPLEMENTED_ERROR, "making an enum by calling one is not supported by molt yet")
    value: obj = tuple_item(args, 0)
    if type_of(value) == TYPE_INSTANCE and load_i64(i32(value), INSTANCE_CLASS) == cls:
        return new_ref(value)
    member: obj = enum_find_value(cls, value)
    if member == ERROR_VALUE:
        return member
    if member != MISSING_VALUE:
        return new_ref(member)
    text: obj = py_repr(value)
    if text == ERROR_VALUE:
        return text
    result: obj = raise_with_parts(EXC_VALUE_ERROR, text, " is not a valid ", load_i64(i32(cls), CLASS_NAME))
    decref(text)
    return result


def enum_getitem(cls: obj, name: obj) -> obj:
    """Color['RED']: KeyError for another name."""
    return dict_getitem(enum_member_map(cls), name)


def enum_len(cls: obj) -> i64:
    return i64(list_length(enum_member_names(cls)))


def enum_iter(cls: obj) -> obj:
    """iter(Color): its members in definition order (aliases left out)."""
    names: obj = enum_member_names(cls)
    members: obj = list_new(0)
    if members == ERROR_VALUE:
        return members
    for i in range(0, list_length(names)):
        list_append(members, dict_find(enum_member_map(cls), list_item(names, i)))
    it: obj = py_iter(members)
    decref(members)
    return it


def enum_contains(cls: obj, v: obj) -> i32:
    """v in Color: whether v is one of its members; TypeError when v is no enum member
    (CPython 3.11, which also warns that 3.12 will answer False)."""
    if type_of(v) != TYPE_INSTANCE or not is_enum_class(load_i64(i32(v), INSTANCE_CLASS)):
        raise_with_parts(EXC_TYPE_ERROR, "unsupported operand type(s) for 'in': '", type_name(v), "' and 'EnumType'")
        return -1
    if not is_subclass_of(load_i64(i32(v), INSTANCE_CLASS), cls):
        return 0
    name: obj = py_getattr(v, "_name_")
    if name == ERROR_VALUE:
        return -1
    found: i32 = dict_contains(enum_member_map(cls), name)
    decref(name)
    return found


def enum_class_repr(cls: obj) -> obj:
    return str_concat3("<enum '", load_i64(i32(cls), CLASS_NAME), "'>")


def enum_setattr_refused(cls: obj, name: obj) -> i32:
    """1 after raising AttributeError when `name` is a member of enum class cls (members
    cannot be reassigned); 0 otherwise."""
    if not is_enum_class(cls) or dict_contains(enum_member_map(cls), name) != 1:
        return 0
    text: obj = py_repr(name)
    if text != ERROR_VALUE:
        raise_with_parts(EXC_ATTRIBUTE_ERROR, "cannot reassign member ", text, "")
        decref(text)
    return 1


def enum_delattr_refused(cls: obj, name: obj) -> i32:
    """1 after raising AttributeError when `name` is a member of enum class cls (CPython's
    EnumType.__delattr__: 'Color' cannot delete member 'RED'.); 0 otherwise."""
    if not is_enum_class(cls) or dict_contains(enum_member_map(cls), name) != 1:
        return 0
    class_name: obj = py_repr(load_i64(i32(cls), CLASS_NAME))
    if class_name == ERROR_VALUE:
        return 1
    member: obj = py_repr(name)
    if member != ERROR_VALUE:
        head: obj = str_concat(class_name, " cannot delete member ")
        if head != ERROR_VALUE:
            raise_with_parts(EXC_ATTRIBUTE_ERROR, head, member, ".")
            decref(head)
        decref(member)
    decref(class_name)
    return 1


def is_int_enum_class(cls: obj) -> i32:
    """An IntEnum (its _member_type_ is int): its members are ints to isinstance()."""
    if not is_enum_class(cls):
        return 0
    member_type: obj = class_lookup(cls, "_member_type_")
    return type_of(member_type) == TYPE_TYPE and load_i32(i32(member_type), TYPE_OBJECT_CODE) == TYPE_INT
