"""The value encoding and the object layouts: every Python value is one 64-bit word.

A float is its own IEEE-754 bits; every NaN is canonicalized to CANONICAL_NAN when boxed,
which leaves the negative quiet-NaN space (top 16 bits 0xFFF8 to 0xFFFF) free for tags:

    bits 63..48   bits 47..0
    0xFFF9        small int, two's complement in 48 bits (-2**47 .. 2**47 - 1)
    0xFFFA        bool, 0 or 1
    0xFFFB        None (payload 0)
    0xFFFC        heap object: its 32-bit address in linear memory
    0xFFFD        markers that are never Python values: UNBOUND (a variable not assigned
                  yet), STOP (an iterator is exhausted), MISSING (an optional argument
                  was not given)
    0xFFFE        ERROR: returned by a function that raised (never a Python value)
    anything else a float

A heap object starts with a header:

    +0  i32  reference count (IMMORTAL_REFCNT for static objects, which are never freed)
    +4  i32  type (TYPE_*)

The compiler reads the constants of this file by name (molt/codegen/layout.py), so the
encoding and the layouts are defined here and only here.
"""

TAG_SHIFT = 48
TAG_INT = 0xFFF9
TAG_BOOL = 0xFFFA
TAG_NONE = 0xFFFB
TAG_PTR = 0xFFFC
TAG_FIRST = 0xFFF8  # top 16 bits at or above this are tags, below are floats
CANONICAL_NAN = 0x7FF8000000000000
UNBOUND_VALUE = 0xFFFD000000000000
STOP_VALUE = 0xFFFD000000000001
MISSING_VALUE = 0xFFFD000000000002
ERROR_VALUE = 0xFFFE000000000000
NONE_VALUE = 0xFFFB000000000000
FALSE_VALUE = 0xFFFA000000000000
TRUE_VALUE = 0xFFFA000000000001
INT_TAG_BITS = 0xFFF9000000000000
PTR_TAG_BITS = 0xFFFC000000000000
PAYLOAD_MASK = 0xFFFFFFFFFFFF
SMALL_INT_MIN = -(1 << 47)
SMALL_INT_MAX = (1 << 47) - 1

OB_REFCNT = 0
OB_TYPE = 4
IMMORTAL_REFCNT = 1 << 30

# Heap object types. A type id is also the index of its type object (builtins.py).
TYPE_STR = 1
TYPE_EXCEPTION = 2
TYPE_INT = 3          # a big int: its value is always outside the small-int range
TYPE_LIST = 4
TYPE_TUPLE = 5
TYPE_DICT = 6
TYPE_SET = 7
TYPE_FROZENSET = 8
TYPE_RANGE = 9
TYPE_BYTES = 10
TYPE_TYPE = 11        # a builtin type object (int, str, list ...)
TYPE_FUNCTION = 12
TYPE_ITERATOR = 13    # every builtin iterator; its kind says which (iter.py)
TYPE_SLICE = 14
TYPE_DICT_VIEW = 15   # dict.keys(), .values(), .items()
TYPE_COUNT = 16
# NotImplemented (special.py), and the class attributes of descriptors.py.
TYPE_NOT_IMPLEMENTED = 27
TYPE_PROPERTY = 26
TYPE_STATICMETHOD = 25
TYPE_CLASSMETHOD = 24
# The program's classes, their instances and bound methods (classes.py).
TYPE_CLASS = 28
TYPE_INSTANCE = 29
TYPE_METHOD = 30
# A method of a builtin type as a value (builtin_methods.py).
TYPE_BUILTIN_METHOD = 23
# A closure's cell (functions.py): never a Python value, so it has no type object.
TYPE_CELL = 31

# Unboxed ints (an `int` register of compiled code, and the i64 "INT" values the int
# functions take and return) are i64 words in one of three forms:
#   -2**47 <= v < 2**47           a small int: v is its value
#   v >= INT_BIG_BASE             a big int object at address v - INT_BIG_BASE (value > 0)
#   v <= -INT_BIG_BASE            a big int object at address -v - INT_BIG_BASE (value < 0)
# so that comparing with a small int needs no check, and a small int plus a small constant
# leaves the small range exactly when it must become big. A big form is a reference.
INT_BIG_BASE = 1 << 62

# str: UTF-8 text.
#   +8   i32  size in bytes       +12  i32  length in code points
#   +16  i64  hash, -1 until computed
#   +24  the UTF-8 bytes
STR_SIZE = 8
STR_LENGTH = 12
STR_HASH = 16
STR_DATA = 24


def tag_of(v: obj) -> i64:
    return shr_u(v, TAG_SHIFT)


def is_ptr(v: obj) -> i32:
    return shr_u(v, TAG_SHIFT) == TAG_PTR


def is_int(v: obj) -> i32:
    return shr_u(v, TAG_SHIFT) == TAG_INT


def is_bool(v: obj) -> i32:
    return shr_u(v, TAG_SHIFT) == TAG_BOOL


def is_float(v: obj) -> i32:
    return lt_u(shr_u(v, TAG_SHIFT), TAG_FIRST)


def type_of(v: obj) -> i32:
    """The heap type of a heap object, 0 for an inline value."""
    if shr_u(v, TAG_SHIFT) != TAG_PTR:
        return 0
    return load_i32(i32(v), OB_TYPE)


def is_str(v: obj) -> i32:
    if shr_u(v, TAG_SHIFT) != TAG_PTR:
        return 0
    return load_i32(i32(v), OB_TYPE) == TYPE_STR


def is_int_like(v: obj) -> i32:
    """An int (small or big) or a bool (bool is a subclass of int)."""
    tag: i64 = shr_u(v, TAG_SHIFT)
    if tag == TAG_INT or tag == TAG_BOOL:
        return 1
    return tag == TAG_PTR and load_i32(i32(v), OB_TYPE) == TYPE_INT


def is_small_int_like(v: obj) -> i32:
    """A small int or a bool."""
    tag: i64 = shr_u(v, TAG_SHIFT)
    return tag == TAG_INT or tag == TAG_BOOL


def is_number(v: obj) -> i32:
    """An int, a bool or a float."""
    tag: i64 = shr_u(v, TAG_SHIFT)
    if tag == TAG_INT or tag == TAG_BOOL or lt_u(tag, TAG_FIRST):
        return 1
    return tag == TAG_PTR and load_i32(i32(v), OB_TYPE) == TYPE_INT


def is_small_number(v: obj) -> i32:
    """A small int, a bool or a float."""
    tag: i64 = shr_u(v, TAG_SHIFT)
    return tag == TAG_INT or tag == TAG_BOOL or lt_u(tag, TAG_FIRST)


def box_int(x: i64) -> obj:
    """x must lie in the small-int range."""
    return (x & PAYLOAD_MASK) | INT_TAG_BITS


def unbox_int(v: obj) -> i64:
    """The int value of an int or a bool."""
    if shr_u(v, TAG_SHIFT) == TAG_BOOL:
        return v & 1
    return (v << 16) >> 16


def fits_small_int(x: i64) -> i32:
    return shr_u(x + (1 << 47), 48) == 0


def box_float(f: f64) -> obj:
    if f != f:
        return CANONICAL_NAN
    return bits_of_f64(f)


def unbox_float(v: obj) -> f64:
    return f64_of_bits(v)


def as_float(v: obj) -> f64:
    """A number (int, bool or float) as a float."""
    if is_float(v):
        return f64_of_bits(v)
    return f64(unbox_int(v))


def box_bool(b: i32) -> obj:
    return FALSE_VALUE | u64(b)


def box_ptr(p: i32) -> obj:
    return PTR_TAG_BITS | u64(p)


def ptr_of(v: obj) -> i32:
    return i32(v)
