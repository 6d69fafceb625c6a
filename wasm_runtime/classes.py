"""Classes defined by the program: class objects, instances, bound methods.

A class object (immortal: classes live as long as the program):
    +8   obj  __name__ (a str)
    +16  obj  __bases__ (a tuple of classes)
    +24  obj  __mro__ (a tuple: the class, then its bases in C3 order)
    +32  obj  the namespace (a dict: attribute name -> value)
    +40  i32  CLASS_HAS_PROPERTIES when it or a base has a property (stores must look)
    +48  obj  the attribute names its instances may have (a tuple, theirs and their
              bases' __slots__) when it and every base has __slots__; 0 when they have
              a __dict__ for any name
An instance:
    +8   obj  its class
    +16  obj  its attributes (a dict), 0 until the first is set
A bound method (obj.method):
    +8   obj  the function    +16 obj  self
"""

CLASS_NAME = 8
CLASS_BASES = 16
CLASS_MRO = 24
CLASS_DICT = 32
CLASS_FLAGS = 40
CLASS_SLOTS = 48
CLASS_OBJECT_SIZE = 56
CLASS_HAS_PROPERTIES = 1
INSTANCE_CLASS = 8
INSTANCE_DICT = 16
INSTANCE_OBJECT_SIZE = 24
METHOD_FUNCTION = 8
METHOD_SELF = 16
METHOD_OBJECT_SIZE = 24


def class_new(name: obj, bases: obj, namespace: obj) -> obj:
    """The class statement: a class of `name` with `bases` (a tuple of classes) and the
    attributes of `namespace` (a dict); TypeError when no C3 order exists."""
    bases = without_object(bases)
    if bases == ERROR_VALUE:
        return bases
    for i in range(0, tuple_length(bases)):
        if type_of(tuple_item(bases, i)) != TYPE_CLASS:
            decref(bases)
            return raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, "class ", name,
                                    ": subclassing a builtin type is not supported by molt yet")
    if dict_contains(namespace, "__eq__") == 1 and dict_contains(namespace, "__hash__") == 0:
        # A class that defines equality without hashing is unhashable, as in CPython.
        if dict_setitem(namespace, "__hash__", NONE_VALUE) != 0:
            return ERROR_VALUE
    p: i32 = alloc(CLASS_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, IMMORTAL_REFCNT, OB_REFCNT)
    store_i32(p, TYPE_CLASS, OB_TYPE)
    store_i64(p, new_ref(name), CLASS_NAME)
    store_i64(p, bases, CLASS_BASES)
    store_i64(p, new_ref(namespace), CLASS_DICT)
    store_i32(p, inherited_flags(bases) | own_flags(namespace), CLASS_FLAGS)
    slots: obj = allowed_names(bases, namespace)
    if slots == ERROR_VALUE:
        return slots
    store_i64(p, slots, CLASS_SLOTS)
    cls: obj = box_ptr(p)
    mro: obj = c3_linearize(cls, bases)
    if mro == ERROR_VALUE:
        return mro
    store_i64(p, mro, CLASS_MRO)
    return cls


def inherited_flags(bases: obj) -> i32:
    flags: i32 = 0
    for i in range(0, tuple_length(bases)):
        flags = flags | load_i32(i32(tuple_item(bases, i)), CLASS_FLAGS)
    return flags


def own_flags(namespace: obj) -> i32:
    """The flags the namespace's attributes give; its properties learn their names."""
    flags: i32 = 0
    p: i32 = i32(namespace)
    ix: i32 = dict_next_entry(p, 0)
    while ix >= 0:
        e: i32 = dict_entry(p, ix)
        value: obj = load_i64(e, ENTRY_VALUE)
        if type_of(value) == TYPE_PROPERTY:
            property_set_name(value, load_i64(e, ENTRY_KEY))
            flags = flags | CLASS_HAS_PROPERTIES
        ix = dict_next_entry(p, ix + 1)
    return flags


def allowed_names(bases: obj, namespace: obj) -> obj:
    """CLASS_SLOTS of a new class: its __slots__ (a str or an iterable of strs) and its
    bases', or 0 when it or a base has none (its instances have a __dict__)."""
    own: obj = dict_find(namespace, "__slots__")
    if own == MISSING_VALUE:
        return 0
    names: obj = list_new(0)
    if names == ERROR_VALUE:
        return names
    for i in range(0, tuple_length(bases)):
        inherited: obj = load_i64(i32(tuple_item(bases, i)), CLASS_SLOTS)
        if inherited == 0:
            decref(names)
            return 0
        list_extend(names, inherited)
    if is_str(own):
        list_append(names, own)
    elif list_extend(names, own) != 0:
        decref(names)
        return ERROR_VALUE
    result: obj = tuple_from_list(names)
    decref(names)
    return result


def without_object(bases: obj) -> obj:
    """The bases without `object`, which every class has last (a new tuple)."""
    kept: obj = list_new(0)
    if kept == ERROR_VALUE:
        return kept
    for i in range(0, tuple_length(bases)):
        base: obj = tuple_item(bases, i)
        if not (type_of(base) == TYPE_TYPE and load_i32(i32(base), TYPE_OBJECT_CODE) == TYPECODE_OBJECT):
            list_append(kept, base)
    result: obj = tuple_from_list(kept)
    decref(kept)
    return result


def c3_linearize(cls: obj, bases: obj) -> obj:
    """[cls] + merge(mro(b) for b in bases, bases), as CPython's mro()."""
    lists: obj = list_new(0)
    if lists == ERROR_VALUE:
        return lists
    for i in range(0, tuple_length(bases)):
        list_append(lists, sequence_to_list(load_i64(i32(tuple_item(bases, i)), CLASS_MRO)))
        decref(list_item(lists, list_length(lists) - 1))
    list_append(lists, sequence_to_list(bases))
    decref(list_item(lists, list_length(lists) - 1))
    result: obj = list_new(0)
    list_append(result, cls)
    while True:
        candidate: obj = 0
        for i in range(0, list_length(lists)):
            l: obj = list_item(lists, i)
            if list_length(l) != 0 and candidate == 0:
                head: obj = list_item(l, 0)
                if not in_any_tail(lists, head):
                    candidate = head
        if candidate == 0:
            if any_nonempty(lists):
                decref(lists)
                decref(result)
                return raise_new(EXC_TYPE_ERROR, "Cannot create a consistent method resolution order (MRO)")
            decref(lists)
            order: obj = tuple_from_list(result)
            decref(result)
            return order
        list_append(result, candidate)
        for i in range(0, list_length(lists)):
            l2: obj = list_item(lists, i)
            if list_length(l2) != 0 and list_item(l2, 0) == candidate:
                list_remove_first(l2)


def in_any_tail(lists: obj, c: obj) -> i32:
    for i in range(0, list_length(lists)):
        l: obj = list_item(lists, i)
        for j in range(1, list_length(l)):
            if list_item(l, j) == c:
                return 1
    return 0


def any_nonempty(lists: obj) -> i32:
    for i in range(0, list_length(lists)):
        if list_length(list_item(lists, i)) != 0:
            return 1
    return 0


def list_remove_first(l: obj) -> None:
    p: i32 = i32(l)
    n: i32 = load_i32(p, LIST_LENGTH)
    items: i32 = load_i32(p, LIST_ITEMS)
    decref(load_i64(items))
    memory_copy(items, items + 8, (n - 1) * 8)
    store_i32(p, n - 1, LIST_LENGTH)


def class_lookup(cls: obj, name: obj) -> obj:
    """The attribute `name` of cls or its bases, in MRO order (borrowed), or MISSING_VALUE."""
    mro: obj = load_i64(i32(cls), CLASS_MRO)
    for i in range(0, tuple_length(mro)):
        found: obj = dict_find(load_i64(i32(tuple_item(mro, i)), CLASS_DICT), name)
        if found != MISSING_VALUE:
            return found
    return MISSING_VALUE


def is_subclass_of(cls: obj, base: obj) -> i32:
    mro: obj = load_i64(i32(cls), CLASS_MRO)
    for i in range(0, tuple_length(mro)):
        if tuple_item(mro, i) == base:
            return 1
    return 0


def class_call(cls: obj, args: obj, kwargs: obj) -> obj:
    """C(*args, **kwargs): a new instance, given to __init__."""
    p: i32 = alloc(INSTANCE_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_INSTANCE, OB_TYPE)
    store_i64(p, cls, INSTANCE_CLASS)
    store_i64(p, 0, INSTANCE_DICT)
    instance: obj = box_ptr(p)
    init: obj = class_lookup(cls, "__init__")
    if init == MISSING_VALUE:
        if tuple_length(args) != 0 or (kwargs != MISSING_VALUE and dict_length(kwargs) != 0):
            decref(instance)
            return raise_with_parts(EXC_TYPE_ERROR, load_i64(i32(cls), CLASS_NAME), "() takes no arguments", "")
        return instance
    full: obj = tuple_prepend(instance, args)
    if full == ERROR_VALUE:
        decref(instance)
        return full
    result: obj = py_call_kw(init, full, kwargs)
    decref(full)
    if result == ERROR_VALUE:
        decref(instance)
        return result
    if result != NONE_VALUE:
        decref(instance)
        decref(result)
        return raise_with_parts(EXC_TYPE_ERROR, "__init__() should return None, not '", type_name(result), "'")
    return instance


def tuple_prepend(first: obj, rest: obj) -> obj:
    n: i32 = tuple_length(rest)
    t: obj = tuple_new(n + 1)
    if t == ERROR_VALUE:
        return t
    tuple_set(t, 0, new_ref(first))
    for i in range(0, n):
        tuple_set(t, i + 1, new_ref(tuple_item(rest, i)))
    return t


def method_new(f: obj, self: obj) -> obj:
    p: i32 = alloc(METHOD_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_METHOD, OB_TYPE)
    store_i64(p, new_ref(f), METHOD_FUNCTION)
    store_i64(p, new_ref(self), METHOD_SELF)
    return box_ptr(p)


def method_call(m: obj, args: obj, kwargs: obj) -> obj:
    full: obj = tuple_prepend(load_i64(i32(m), METHOD_SELF), args)
    if full == ERROR_VALUE:
        return full
    result: obj = py_call_kw(load_i64(i32(m), METHOD_FUNCTION), full, kwargs)
    decref(full)
    return result


def instance_dealloc(p: i32) -> None:
    decref(load_i64(p, INSTANCE_DICT))
    free(p)


def method_dealloc(p: i32) -> None:
    decref(load_i64(p, METHOD_FUNCTION))
    decref(load_i64(p, METHOD_SELF))
    free(p)


def instance_getattr(v: obj, name: obj) -> obj:
    """v.name for an instance: its own attribute, else its class's (a function becomes a
    method bound to v). A property's name is never in the instance dict (stores go to
    its setter), so looking there first finds what CPython finds."""
    d: obj = load_i64(i32(v), INSTANCE_DICT)
    if d != 0:
        found: obj = dict_find(d, name)
        if found != MISSING_VALUE:
            return new_ref(found)
    cls: obj = load_i64(i32(v), INSTANCE_CLASS)
    attribute: obj = class_lookup(cls, name)
    if attribute != MISSING_VALUE:
        return bind_class_attribute(attribute, v, cls)
    if str_eq(name, "__class__"):
        return new_ref(cls)
    if str_eq(name, "__dict__") and load_i64(i32(cls), CLASS_SLOTS) == 0:
        return vars_builtin(v)
    fallback: obj = class_lookup(cls, "__getattr__")
    if fallback != MISSING_VALUE:
        return call_method_1(fallback, v, name)
    return raise_no_attribute(v, name)


def bind_class_attribute(attribute: obj, v: obj, cls: obj) -> obj:
    """A class attribute as instance v of cls sees it: a function becomes a method bound
    to v, a property calls its getter, a classmethod binds to cls."""
    t: i32 = type_of(attribute)
    if t == TYPE_FUNCTION:
        return method_new(attribute, v)
    if t == TYPE_PROPERTY:
        return property_call(attribute, PROPERTY_GET, v, NONE_VALUE)
    return class_attribute_value(attribute, cls)


def class_attribute_value(attribute: obj, cls: obj) -> obj:
    """A class attribute as the class itself shows it: a staticmethod gives its function, a
    classmethod a method bound to cls."""
    t: i32 = type_of(attribute)
    if t == TYPE_STATICMETHOD:
        return new_ref(load_i64(i32(attribute), WRAPPED_FUNCTION))
    if t == TYPE_CLASSMETHOD:
        return method_new(load_i64(i32(attribute), WRAPPED_FUNCTION), cls)
    return new_ref(attribute)


def class_getattr(cls: obj, name: obj) -> obj:
    attribute: obj = class_lookup(cls, name)
    if attribute != MISSING_VALUE:
        return class_attribute_value(attribute, cls)
    if str_eq(name, "__name__") or str_eq(name, "__qualname__"):  # classes are top-level
        return new_ref(load_i64(i32(cls), CLASS_NAME))
    if str_eq(name, "__module__"):
        return new_ref("__main__")
    if str_eq(name, "__mro__"):
        return tuple_append_object(load_i64(i32(cls), CLASS_MRO))
    if str_eq(name, "__bases__"):
        bases: obj = load_i64(i32(cls), CLASS_BASES)
        if tuple_length(bases) == 0:
            return tuple_append_object(bases)
        return new_ref(bases)
    head: obj = str_concat3("type object '", load_i64(i32(cls), CLASS_NAME), "' has no attribute '")
    if head == ERROR_VALUE:
        return head
    result: obj = raise_with_parts(EXC_ATTRIBUTE_ERROR, head, name, "'")
    decref(head)
    return result


def py_setattr(v: obj, name: obj, value: obj) -> None:
    t: i32 = type_of(v)
    if t == TYPE_INSTANCE:
        if instance_property_call(v, name, PROPERTY_SET, value):
            return
        slots: obj = load_i64(i32(load_i64(i32(v), INSTANCE_CLASS)), CLASS_SLOTS)
        if slots != 0 and sequence_contains(slots, name) != 1:
            raise_no_attribute(v, name)
            return
        d: obj = instance_dict(v)
        if d != ERROR_VALUE:
            dict_setitem(d, name, value)
        return
    if t == TYPE_CLASS:
        dict_setitem(load_i64(i32(v), CLASS_DICT), name, value)
        return
    raise_no_attribute(v, name)


def instance_dict(v: obj) -> obj:
    """The attribute dict of instance v (borrowed), made on first use."""
    p: i32 = i32(v)
    d: obj = load_i64(p, INSTANCE_DICT)
    if d == 0:
        d = dict_new()
        if d == ERROR_VALUE:
            return d
        store_i64(p, d, INSTANCE_DICT)
    return d


def instance_property_call(v: obj, name: obj, slot: i32, value: obj) -> i32:
    """1 when `name` is a property of v's class: its setter or deleter ran (or raised)."""
    cls: obj = load_i64(i32(v), INSTANCE_CLASS)
    if (load_i32(i32(cls), CLASS_FLAGS) & CLASS_HAS_PROPERTIES) == 0:
        return 0
    attribute: obj = class_lookup(cls, name)
    if type_of(attribute) != TYPE_PROPERTY:
        return 0
    decref(property_call(attribute, slot, v, value))
    return 1


def py_delattr(v: obj, name: obj) -> None:
    if type_of(v) == TYPE_INSTANCE:
        if instance_property_call(v, name, PROPERTY_DELETE, NONE_VALUE):
            return
        d: obj = load_i64(i32(v), INSTANCE_DICT)
        if d != 0 and dict_contains(d, name) == 1:
            dict_delitem(d, name)
            return
        raise_no_attribute(v, name)
        return
    raise_no_attribute(v, name)


def instance_repr(v: obj) -> obj:
    """repr(v): its __repr__, or <__main__.C object at 0x...>."""
    text: obj = call_special_0(v, "__repr__")
    if text != MISSING_VALUE:
        return checked_text(text, "__repr__")
    return default_repr(v)


def default_repr(v: obj) -> obj:
    address: obj = hex_address(i32(v))
    if address == ERROR_VALUE:
        return address
    head: obj = str_concat3("<__main__.", load_i64(i32(load_i64(i32(v), INSTANCE_CLASS)), CLASS_NAME),
                            " object at ")
    result: obj = str_concat3(head, address, ">")
    decref(head)
    decref(address)
    return result


def instance_str(v: obj) -> obj:
    """str(v): its __str__, else its __repr__ (object.__str__), whose result CPython checks
    as __str__'s."""
    text: obj = call_special_0(v, "__str__")
    if text == MISSING_VALUE:
        text = call_special_0(v, "__repr__")
    if text == MISSING_VALUE:
        return default_repr(v)
    return checked_text(text, "__str__")


def class_repr(cls: obj) -> obj:
    return str_concat3("<class '__main__.", load_i64(i32(cls), CLASS_NAME), "'>")


def is_instance_object(v: obj) -> i32:
    return type_of(v) == TYPE_INSTANCE


def super_method_call(cls: obj, self: obj, name: obj, args: obj, kwargs: obj) -> obj:
    """super().name(*args, **kwargs); object's __init__ takes no arguments."""
    method: obj = super_lookup(cls, self, name)
    if method == MISSING_VALUE:
        if str_eq(name, "__init__"):
            if tuple_length(args) != 0:
                return raise_new(EXC_TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)")
            return NONE_VALUE
        return raise_with_parts(EXC_ATTRIBUTE_ERROR, "'super' object has no attribute '", name, "'")
    result: obj = py_call_kw(method, args, kwargs)
    decref(method)
    return result


def super_getattr(cls: obj, self: obj, name: obj) -> obj:
    """super().name in a method of cls."""
    method: obj = super_lookup(cls, self, name)
    if method == MISSING_VALUE:
        return raise_with_parts(EXC_ATTRIBUTE_ERROR, "'super' object has no attribute '", name, "'")
    return method


def super_lookup(cls: obj, self: obj, name: obj) -> obj:
    """The attribute `name` of the classes after cls in the MRO of self's class (a function
    bound to self; a new reference), or MISSING_VALUE."""
    own: obj = self
    if type_of(self) == TYPE_INSTANCE:
        own = load_i64(i32(self), INSTANCE_CLASS)
    if type_of(own) != TYPE_CLASS:
        return MISSING_VALUE
    mro: obj = load_i64(i32(own), CLASS_MRO)
    after: i32 = 0
    for i in range(0, tuple_length(mro)):
        c: obj = tuple_item(mro, i)
        if after:
            found: obj = dict_find(load_i64(i32(c), CLASS_DICT), name)
            if found != MISSING_VALUE:
                if type_of(found) == TYPE_FUNCTION and type_of(self) == TYPE_INSTANCE:
                    return method_new(found, self)
                return new_ref(found)
        if c == cls:
            after = 1
    return MISSING_VALUE


def tuple_append_object(t: obj) -> obj:
    """t + (object,)"""
    n: i32 = tuple_length(t)
    result: obj = tuple_new(n + 1)
    if result == ERROR_VALUE:
        return result
    for i in range(0, n):
        tuple_set(result, i, new_ref(tuple_item(t, i)))
    tuple_set(result, n, type_object(TYPECODE_OBJECT))
    return result
