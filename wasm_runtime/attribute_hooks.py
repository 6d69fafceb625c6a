"""A class's own __setattr__ and __delattr__ (a frozen dataclass's, which Molt writes), and
object.__setattr__ and object.__delattr__, which store past them.

Only a class with CLASS_HAS_SETATTR (set by class_mark_setattr when the class is made,
and inherited) has its methods called: every other store takes the generic path at no
extra cost, and the attribute sites of compiled code never cache a slot of such a class
(layout.py learn_slot).
"""

# A bit of CLASS_FLAGS (classes.py), inherited like the others.
CLASS_HAS_SETATTR = 512


def class_mark_setattr(cls: obj) -> None:
    """cls defines __setattr__ or __delattr__: stores to its instances call them."""
    store_i32(i32(cls), load_i32(i32(cls), CLASS_FLAGS) | CLASS_HAS_SETATTR, CLASS_FLAGS)


def has_setattr_hook(v: obj) -> i32:
    if type_of(v) != TYPE_INSTANCE:
        return 0
    return (load_i32(i32(load_i64(i32(v), INSTANCE_CLASS)), CLASS_FLAGS) & CLASS_HAS_SETATTR) != 0


def call_attribute_hook(v: obj, hook: obj, name: obj, value: obj) -> i32:
    """v.__setattr__(name, value) (value MISSING: v.__delattr__(name)) when v's class has
    that method: 1 once it ran (or raised), 0 when it has none."""
    m: obj = class_lookup(load_i64(i32(v), INSTANCE_CLASS), hook)
    if m == MISSING_VALUE:
        return 0
    args: obj = tuple_new(1 if value == MISSING_VALUE else 2)
    if args == ERROR_VALUE:
        return 1
    tuple_init(args, 0, name)
    if value != MISSING_VALUE:
        tuple_init(args, 1, value)
    decref(call_method(m, v, args))
    decref(args)
    return 1


def object_setattr_builtin(v: obj, name: obj, value: obj) -> None:
    """object.__setattr__(v, name, value)"""
    if checked_name(name):
        object_setattr(v, name, value)


def object_delattr_builtin(v: obj, name: obj) -> None:
    """object.__delattr__(v, name)"""
    if checked_name(name):
        object_delattr(v, name)
