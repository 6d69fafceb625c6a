"""Classes defined by the program: class objects, instances, bound methods.

A class object (immortal: classes live as long as the program):
    +8   obj  __name__ (a str)
    +16  obj  __bases__ (a tuple of classes)
    +24  obj  __mro__ (a tuple: the class, then its bases in C3 order)
    +32  obj  the namespace (a dict: attribute name -> value)
    +40  i32  CLASS_HAS_PROPERTIES when it or a base has a property (stores must look)
    +44  i32  the kind (EXC_*) of its nearest builtin exception base, -1 for none: its
              instances are then exception objects (exc.py) that carry the class
    +48  obj  the attribute names its instances may have (a tuple, theirs and their
              bases' __slots__) when it and every base has __slots__; 0 when they have
              a __dict__ for any name
    +56  obj  its instances' layout (a tuple of attribute names, layout.py)
    +64  obj  the layout's index (a dict: name -> slot number)
    +72  i32  its family number (layout.py), 0 for none or once it lost it
    +76  i32  the family number it was given
An instance:
    +8   obj  its class
    +16  obj  its attributes (a dict), 0 while its layout's slots hold them (layout.py)
    +24  obj  its slots, one per name of its class's layout
A bound method (obj.method):
    +8   obj  the function    +16 obj  self
"""

CLASS_NAME = 8
CLASS_BASES = 16
CLASS_MRO = 24
CLASS_DICT = 32
CLASS_FLAGS = 40
CLASS_EXCEPTION_KIND = 44
CLASS_SLOTS = 48
CLASS_LAYOUT = 56
CLASS_LAYOUT_INDEX = 64
CLASS_FAMILY = 72
CLASS_FAMILY_GIVEN = 76
CLASS_OBJECT_SIZE = 80
CLASS_HAS_PROPERTIES = 1
INSTANCE_CLASS = 8
INSTANCE_DICT = 16
METHOD_FUNCTION = 8
METHOD_SELF = 16
METHOD_OBJECT_SIZE = 24


def class_new(name: obj, bases: obj, namespace: obj, own_names: obj) -> obj:
    """The class statement: a class of `name` with `bases` (a tuple of classes, which may
    include builtin exception types) and the attributes of `namespace` (a dict), whose
    methods assign `own_names` (a tuple) to self; TypeError when no C3 order exists."""
    bases = without_object(bases)
    if bases == ERROR_VALUE:
        return bases
    kind: i32 = -1
    for i in range(0, tuple_length(bases)):
        base: obj = tuple_item(bases, i)
        base_kind: i32 = exception_kind_of(base)
        if base_kind == -2:
            decref(bases)
            return raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, "class ", name,
                                    ": subclassing a builtin type is not supported by molt yet")
        if base_kind >= 0 and kind >= 0 and not exc_kind_is(base_kind, kind) and not exc_kind_is(kind, base_kind):
            decref(bases)
            return raise_new(EXC_TYPE_ERROR, "multiple bases have instance lay-out conflict")
        if base_kind >= 0 and (kind < 0 or exc_kind_is(base_kind, kind)):
            kind = base_kind  # the more derived of the two
    if kind >= 0 and exception_class_refusal(namespace, name) != 0:
        decref(bases)
        return ERROR_VALUE
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
    store_i32(p, kind, CLASS_EXCEPTION_KIND)
    slots: obj = allowed_names(name, bases, namespace)
    if slots == ERROR_VALUE:
        return slots
    store_i64(p, slots, CLASS_SLOTS)
    layout: obj = layout_new(bases, own_names if slots == 0 else slots)
    if layout == ERROR_VALUE:
        return layout
    store_i64(p, layout, CLASS_LAYOUT)
    index: obj = layout_index_new(layout)
    if index == ERROR_VALUE:
        return index
    store_i64(p, index, CLASS_LAYOUT_INDEX)
    store_i32(p, 0, CLASS_FAMILY)
    store_i32(p, 0, CLASS_FAMILY_GIVEN)
    cls: obj = box_ptr(p)
    mro: obj = c3_linearize(cls, bases)
    if mro == ERROR_VALUE:
        return mro
    store_i64(p, mro, CLASS_MRO)
    return cls


def exception_kind_of(base: obj) -> i32:
    """The exception kind a base gives its class: a builtin exception type's or an
    exception class's kind, -1 for another class, -2 for another builtin type."""
    if type_of(base) == TYPE_CLASS:
        return load_i32(i32(base), CLASS_EXCEPTION_KIND)
    if type_of(base) == TYPE_TYPE and load_i32(i32(base), TYPE_OBJECT_CODE) >= TYPECODE_EXCEPTION:
        return load_i32(i32(base), TYPE_OBJECT_CODE) - TYPECODE_EXCEPTION
    return -2


def class_exception_kind(cls: obj) -> i32:
    return load_i32(i32(cls), CLASS_EXCEPTION_KIND)


def exception_class_refusal(namespace: obj, name: obj) -> i32:
    """Exception objects reach only __init__, __str__ and __repr__ of their class: a class
    of exceptions that defines another special method is refused (1, after raising)."""
    p: i32 = i32(namespace)
    ix: i32 = dict_next_entry(p, 0)
    while ix >= 0:
        key: obj = load_i64(dict_entry(p, ix), ENTRY_KEY)
        if (str_startswith_dunder(key) and not str_eq(key, "__init__") and not str_eq(key, "__str__")
                and not str_eq(key, "__repr__") and not str_eq(key, "__module__") and not str_eq(key, "__qualname__")
                and not str_eq(key, "__doc__")):
            head: obj = str_concat3("class ", name, ": the special method ")
            if head != ERROR_VALUE:
                raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, head, key, " of an exception class is not supported by molt yet")
                decref(head)
            return 1
        ix = dict_next_entry(p, ix + 1)
    return 0


def str_startswith_dunder(s: obj) -> i32:
    n: i32 = str_size(s)
    data: i32 = str_data(s)
    return (n > 4 and load_u8(data) == 95 and load_u8(data + 1) == 95 and load_u8(data + n - 1) == 95
            and load_u8(data + n - 2) == 95)


def inherited_flags(bases: obj) -> i32:
    flags: i32 = 0
    for i in range(0, tuple_length(bases)):
        base: obj = tuple_item(bases, i)
        if type_of(base) == TYPE_CLASS:
            flags = flags | load_i32(i32(base), CLASS_FLAGS)
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


def allowed_names(name: obj, bases: obj, namespace: obj) -> obj:
    """CLASS_SLOTS of a new class `name`: its __slots__ (a str or an iterable of strs,
    private names mangled) and its bases', or 0 when it or a base has none (its
    instances have a __dict__)."""
    own: obj = dict_find(namespace, "__slots__")
    if own == MISSING_VALUE:
        return 0
    names: obj = list_new(0)
    if names == ERROR_VALUE:
        return names
    for i in range(0, tuple_length(bases)):
        base: obj = tuple_item(bases, i)
        if type_of(base) != TYPE_CLASS:
            decref(names)
            return 0  # builtin exceptions have a __dict__
        inherited: obj = load_i64(i32(base), CLASS_SLOTS)
        if inherited == 0:
            decref(names)
            return 0
        list_extend(names, inherited)
    written: obj = list_new(0)
    if written == ERROR_VALUE:
        decref(names)
        return written
    status: i32 = list_append(written, own) if is_str(own) else list_extend(written, own)
    if status != 0:
        decref(names)
        decref(written)
        return ERROR_VALUE
    for i in range(0, list_length(written)):
        slot: obj = mangled_name(name, list_item(written, i))
        if slot == ERROR_VALUE or list_append(names, slot) != 0:
            decref(names)
            decref(written)
            return ERROR_VALUE
        decref(slot)
    decref(written)
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
    # Builtin exception bases stay out of the MRO: attribute lookup walks the program's
    # classes, and the exception kind stands for the builtin ones.
    own_bases: obj = list_new(0)
    for i in range(0, tuple_length(bases)):
        base: obj = tuple_item(bases, i)
        if type_of(base) == TYPE_CLASS:
            list_append(lists, sequence_to_list(load_i64(i32(base), CLASS_MRO)))
            decref(list_item(lists, list_length(lists) - 1))
            list_append(own_bases, base)
    list_append(lists, own_bases)
    decref(own_bases)
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
    """C(*args, **kwargs): a new instance, given to __init__. An exception class's instance
    is an exception object that keeps the arguments as its args, as BaseException.__new__
    does."""
    kind: i32 = class_exception_kind(cls)
    instance: obj = ERROR_VALUE
    if kind >= 0:
        instance = exc_alloc(kind, args, 0)
        if instance != ERROR_VALUE:
            store_i64(i32(instance), cls, EXC_CLASS)
    else:
        instance = instance_new(cls)
    if instance == ERROR_VALUE:
        return instance
    init: obj = class_lookup(cls, "__init__")
    keywords: i32 = kwargs != MISSING_VALUE and dict_length(kwargs) != 0
    if init == MISSING_VALUE:
        if keywords or (tuple_length(args) != 0 and kind < 0):
            decref(instance)
            return raise_with_parts(EXC_TYPE_ERROR, load_i64(i32(cls), CLASS_NAME),
                                    "() takes no keyword arguments" if kind >= 0 else "() takes no arguments", "")
        return instance
    full: obj = tuple_around(instance, args, 0, MISSING_VALUE)
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
        raise_init_result(result)
        decref(result)
        return ERROR_VALUE
    return instance


def raise_init_result(result: obj) -> None:
    """__init__ returned something other than None."""
    raise_with_parts(EXC_TYPE_ERROR, "__init__() should return None, not '", type_name(result), "'")


@inline
def class_numbered(cls: obj) -> i32:
    """cls still has the number the compiler gave it (wasm_runtime/layout.py): its
    methods and attributes are what the compiler found."""
    return load_i32(i32(cls), CLASS_FAMILY) != 0


def shaped_instance_new(cls: obj, number: i32) -> obj:
    """instance_new for the class the compiler numbered `number` (which the compiler's
    analysis reads: molt/analysis/facts.py)."""
    return instance_new(cls)


def instance_new(cls: obj) -> obj:
    n: i32 = slot_count(cls)
    p: i32 = alloc(INSTANCE_SLOTS + n * 8)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_INSTANCE, OB_TYPE)
    store_i64(p, cls, INSTANCE_CLASS)
    store_i64(p, 0, INSTANCE_DICT)
    for i in range(0, n):
        store_i64(p + INSTANCE_SLOTS + i * 8, UNBOUND_VALUE)
    return box_ptr(p)


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
    full: obj = tuple_around(load_i64(i32(m), METHOD_SELF), args, 0, MISSING_VALUE)
    if full == ERROR_VALUE:
        return full
    result: obj = py_call_kw(load_i64(i32(m), METHOD_FUNCTION), full, kwargs)
    decref(full)
    return result


def instance_dealloc(p: i32) -> None:
    instance_slots_dealloc(p)
    decref(load_i64(p, INSTANCE_DICT))
    free(p)


def method_dealloc(p: i32) -> None:
    decref(load_i64(p, METHOD_FUNCTION))
    decref(load_i64(p, METHOD_SELF))
    free(p)


def method_eq(a: obj, b: obj) -> i32:
    """a == b for two bound methods: the same function bound to the same object (CPython
    3.8+ compares __self__ by identity)."""
    return (load_i64(i32(a), METHOD_SELF) == load_i64(i32(b), METHOD_SELF)
            and load_i64(i32(a), METHOD_FUNCTION) == load_i64(i32(b), METHOD_FUNCTION))


def method_hash(m: obj) -> i64:
    """Equal methods (method_eq) have the same self and function."""
    return identity_hash(i32(load_i64(i32(m), METHOD_SELF))) ^ identity_hash(i32(load_i64(i32(m), METHOD_FUNCTION)))


def method_getattr(m: obj, name: obj) -> obj:
    """m.__self__ and m.__func__ of a bound method; any other attribute is its function's,
    as in CPython."""
    if str_eq(name, "__self__"):
        return new_ref(load_i64(i32(m), METHOD_SELF))
    if str_eq(name, "__func__"):
        return new_ref(load_i64(i32(m), METHOD_FUNCTION))
    return py_getattr(load_i64(i32(m), METHOD_FUNCTION), name)


def method_repr(m: obj) -> obj:
    """<bound method C.f of <__main__.C object at 0x...>>, with the receiver's own repr."""
    f: obj = load_i64(i32(m), METHOD_FUNCTION)
    name: obj = load_i64(i32(f), FUNCTION_QUALNAME) if type_of(f) == TYPE_FUNCTION else "?"
    head: obj = str_concat3("<bound method ", name, " of ")
    if head == ERROR_VALUE:
        return head
    receiver: obj = py_repr(load_i64(i32(m), METHOD_SELF))
    if receiver == ERROR_VALUE:
        decref(head)
        return receiver
    result: obj = str_concat3(head, receiver, ">")
    decref(head)
    decref(receiver)
    return result


def instance_getattr(v: obj, name: obj) -> obj:
    return object_getattr(v, load_i64(i32(v), INSTANCE_DICT), load_i64(i32(v), INSTANCE_CLASS), name)


def object_getattr(v: obj, d: obj, cls: obj, name: obj) -> obj:
    """v.name for an object with the attribute dict d (or 0) and the class cls (or 0, for
    a builtin exception): its own attribute, else its class's (a function becomes a method
    bound to v). A property's name is never in the dict (stores go to its setter), so
    looking there first finds what CPython finds."""
    if type_of(v) == TYPE_INSTANCE:
        # A dict moved the slots into itself (they are unbound), or holds only what the
        # layout lacks (SPLIT_DICTS): a bound slot is the attribute either way.
        i: i32 = layout_slot(cls, name)
        if i >= 0 and load_i64(slot_address(v, i)) != UNBOUND_VALUE:
            return new_ref(load_i64(slot_address(v, i)))
    if d != 0:
        found: obj = dict_find(d, name)
        if found != MISSING_VALUE:
            return new_ref(found)
    if cls == 0:
        return raise_no_attribute(v, name)
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
        return full_mro(cls)
    if str_eq(name, "__bases__"):
        bases: obj = load_i64(i32(cls), CLASS_BASES)
        if tuple_length(bases) == 0:
            return tuple_around(MISSING_VALUE, bases, 0, type_object(TYPECODE_OBJECT))
        return new_ref(bases)
    return raise_no_class_attribute(cls, name)


def raise_no_class_attribute(cls: obj, name: obj) -> obj:
    """AttributeError: type object 'C' has no attribute 'x'"""
    head: obj = str_concat3("type object '", load_i64(i32(cls), CLASS_NAME), "' has no attribute '")
    if head == ERROR_VALUE:
        return head
    result: obj = raise_with_parts(EXC_ATTRIBUTE_ERROR, head, name, "'")
    decref(head)
    return result


def py_setattr(v: obj, name: obj, value: obj) -> None:
    """v.name = value: the class's own __setattr__ when it has one (attribute_hooks.py)."""
    if has_setattr_hook(v) and call_attribute_hook(v, "__setattr__", name, value):
        return
    object_setattr(v, name, value)


def object_setattr(v: obj, name: obj, value: obj) -> None:
    if str_eq(name, "__class__"):
        # Named at run time (setattr(x, name, C)); the compiler refuses the constant name.
        # An instance keeps its class, whose layout its slots and the fast paths follow.
        raise_new(EXC_NOT_IMPLEMENTED_ERROR, "assigning __class__ is not supported by molt yet")
        return
    t: i32 = type_of(v)
    if t == TYPE_INSTANCE or t == TYPE_EXCEPTION:
        if instance_property_call(v, name, PROPERTY_SET, value):
            return
        cls: obj = class_of(v)
        if cls != 0 and load_i64(i32(cls), CLASS_SLOTS) != 0 and sequence_contains(load_i64(i32(cls), CLASS_SLOTS), name) != 1:
            raise_no_attribute(v, name)
            return
        if t == TYPE_INSTANCE and (SPLIT_DICTS != 0 or load_i64(i32(v), INSTANCE_DICT) == 0):
            i: i32 = layout_slot(cls, name)
            if i >= 0:
                old: obj = load_i64(slot_address(v, i))
                store_i64(slot_address(v, i), new_ref(value))
                decref(old)
                return
        d: obj = object_dict(v)
        if d != ERROR_VALUE:
            dict_setitem(d, name, value)
        return
    if t == TYPE_CLASS:
        if not enum_setattr_refused(v, name):
            dict_setitem(load_i64(i32(v), CLASS_DICT), name, value)
            classes_changed(v)
        return
    raise_no_attribute(v, name)


def object_dict(v: obj) -> obj:
    """The attribute dict of an instance or an exception (borrowed), made on first use."""
    slot: i32 = i32(v) + (INSTANCE_DICT if type_of(v) == TYPE_INSTANCE else EXC_DICT)
    d: obj = load_i64(slot)
    if d == 0:
        moved: i32 = type_of(v) == TYPE_INSTANCE and SPLIT_DICTS == 0
        d = dict_from_slots(v) if moved else dict_new()
        if d == ERROR_VALUE:
            return d
        store_i64(slot, d)
        if moved:
            class_unnumbered(load_i64(i32(v), INSTANCE_CLASS))  # the fast paths read slots
    return d


def instance_property_call(v: obj, name: obj, slot: i32, value: obj) -> i32:
    """1 when `name` is a property of v's class: its setter or deleter ran (or raised)."""
    cls: obj = class_of(v)
    if cls == 0 or (load_i32(i32(cls), CLASS_FLAGS) & CLASS_HAS_PROPERTIES) == 0:
        return 0
    attribute: obj = class_lookup(cls, name)
    if type_of(attribute) != TYPE_PROPERTY:
        return 0
    decref(property_call(attribute, slot, v, value))
    return 1


def py_delattr(v: obj, name: obj) -> None:
    """del v.name: the class's own __delattr__ when it has one (attribute_hooks.py)."""
    if has_setattr_hook(v) and call_attribute_hook(v, "__delattr__", name, MISSING_VALUE):
        return
    object_delattr(v, name)


def object_delattr(v: obj, name: obj) -> None:
    if str_eq(name, "__class__"):
        raise_new(EXC_TYPE_ERROR, "can't delete __class__ attribute")
        return
    if type_of(v) == TYPE_CLASS:
        class_delattr(v, name)
        return
    if type_of(v) == TYPE_INSTANCE:
        if instance_property_call(v, name, PROPERTY_DELETE, NONE_VALUE):
            return
        i: i32 = layout_slot(load_i64(i32(v), INSTANCE_CLASS), name)
        if i >= 0 and load_i64(slot_address(v, i)) != UNBOUND_VALUE:
            decref(load_i64(slot_address(v, i)))
            store_i64(slot_address(v, i), UNBOUND_VALUE)
            return
        d: obj = load_i64(i32(v), INSTANCE_DICT)
        if d != 0 and dict_contains(d, name) == 1:
            dict_delitem(d, name)
            return
        raise_no_attribute(v, name)
        return
    raise_no_attribute(v, name)


def class_delattr(cls: obj, name: obj) -> None:
    """del C.name: from the class's own namespace (a base's attribute is not the class's
    to delete), as type_setattro does. The names the class object itself answers
    (class_getattr) are type's data descriptors, which refuse."""
    if str_eq(name, "__name__") or str_eq(name, "__qualname__") or str_eq(name, "__bases__") or str_eq(
            name, "__module__") or str_eq(name, "__doc__"):
        head: obj = str_concat3("cannot delete '", name, "' attribute of immutable type '")
        if head != ERROR_VALUE:
            raise_with_parts(EXC_TYPE_ERROR, head, load_i64(i32(cls), CLASS_NAME), "'")
            decref(head)
        return
    if str_eq(name, "__mro__"):
        raise_new(EXC_ATTRIBUTE_ERROR, "readonly attribute")
        return
    if str_eq(name, "__dict__"):
        raise_new(EXC_ATTRIBUTE_ERROR, "attribute '__dict__' of 'type' objects is not writable")
        return
    if enum_delattr_refused(cls, name):
        return
    d: obj = load_i64(i32(cls), CLASS_DICT)
    found: i32 = dict_contains(d, name)
    if found == 0:
        raise_no_class_attribute(cls, name)
    if found != 1:
        return
    dict_delitem(d, name)
    classes_changed(cls)  # as a store does: the caches and fast paths hold no more


def instance_repr(v: obj) -> obj:
    """repr(v): its __repr__, or <__main__.C object at 0x...>. Counts two levels of
    recursion, as CPython's call of the builtin repr() and its PyObject_Repr do (the
    method's frame is a third): a __repr__ that reprs what holds it raises RecursionError
    about where CPython does, not overflowing the stack."""
    if enter_level("maximum recursion depth exceeded while calling a Python object") != 0:
        return ERROR_VALUE
    if enter_level("maximum recursion depth exceeded while getting the repr of an object") != 0:
        recursion_leave()
        return ERROR_VALUE
    text: obj = call_special_0(v, "__repr__")
    recursion_leave()
    recursion_leave()
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


def class_of(v: obj) -> obj:
    """The class of the program that v is an instance of (an instance, or an exception of
    an exception class), or 0."""
    t: i32 = type_of(v)
    if t == TYPE_INSTANCE:
        return load_i64(i32(v), INSTANCE_CLASS)
    if t == TYPE_EXCEPTION:
        return load_i64(i32(v), EXC_CLASS)
    return 0


def is_instance_object(v: obj) -> i32:
    return type_of(v) == TYPE_INSTANCE


def super_method_call(cls: obj, self: obj, name: obj, args: obj, kwargs: obj) -> obj:
    """super().name(*args, **kwargs); object's __init__ takes no arguments."""
    method: obj = super_lookup(cls, self, name)
    if method == MISSING_VALUE:
        if type_of(self) == TYPE_EXCEPTION:
            return base_exception_method(self, name, args)
        if str_eq(name, "__init__"):
            if tuple_length(args) != 0:
                return raise_new(EXC_TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)")
            return NONE_VALUE
        return raise_with_parts(EXC_ATTRIBUTE_ERROR, "'super' object has no attribute '", name, "'")
    result: obj = py_call_kw(method, args, kwargs)
    decref(method)
    return result


def base_exception_method(e: obj, name: obj, args: obj) -> obj:
    """super().__init__(*args), __str__() or __repr__() in a method of an exception class:
    BaseException's."""
    if str_eq(name, "__init__"):
        replace_exception_args(e, args)
        return NONE_VALUE
    if str_eq(name, "__str__"):
        return exc_args_str(load_i32(i32(e), EXC_KIND), exc_args(e))
    if str_eq(name, "__repr__"):
        return exception_args_repr(e)
    return raise_with_parts(EXC_ATTRIBUTE_ERROR, "'super' object has no attribute '", name, "'")


def super_getattr(cls: obj, self: obj, name: obj) -> obj:
    """super().name in a method of cls."""
    method: obj = super_lookup(cls, self, name)
    if method == MISSING_VALUE:
        return raise_with_parts(EXC_ATTRIBUTE_ERROR, "'super' object has no attribute '", name, "'")
    return method


def super_lookup(cls: obj, self: obj, name: obj) -> obj:
    """The attribute `name` of the classes after cls in the MRO of self's class (a function
    bound to self; a new reference), or MISSING_VALUE."""
    own: obj = class_of(self)
    if own == 0:
        own = self
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


def full_mro(cls: obj) -> obj:
    """C.__mro__: the program's classes, then the builtin exception types of its kind (for
    a class of exceptions), then object."""
    order: obj = sequence_to_list(load_i64(i32(cls), CLASS_MRO))
    if order == ERROR_VALUE:
        return order
    kind: i32 = class_exception_kind(cls)
    while kind >= 0:
        list_append(order, type_object(TYPECODE_EXCEPTION + kind))
        kind = exc_base(kind)
    list_append(order, type_object(TYPECODE_OBJECT))
    result: obj = tuple_from_list(order)
    decref(order)
    return result
