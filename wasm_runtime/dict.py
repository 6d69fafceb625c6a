"""dict objects: insertion-ordered hash tables, and their views.

STUB: the interface below is fixed; the bodies are being written.
"""


def dict_new() -> obj:
    not_yet("dict")
    return ERROR_VALUE


def dict_length(d: obj) -> i32:
    return 0


def dict_getitem(d: obj, key: obj) -> obj:
    """d[key] (a new reference), or KeyError."""
    not_yet("dict")
    return ERROR_VALUE


def dict_setitem(d: obj, key: obj, value: obj) -> i32:
    """d[key] = value (references taken); 0, or -1 after raising."""
    not_yet("dict")
    return -1


def dict_delitem(d: obj, key: obj) -> i32:
    not_yet("dict")
    return -1


def dict_contains(d: obj, key: obj) -> i32:
    """1, 0, or -1 after raising (an unhashable key)."""
    not_yet("dict")
    return -1


def dict_repr(d: obj) -> obj:
    not_yet("dict")
    return ERROR_VALUE


def dict_equal(a: obj, b: obj) -> i32:
    not_yet("dict")
    return -1


def dict_iter(d: obj, kind: i32) -> obj:
    """An iterator of kind ITER_DICT_KEYS, _VALUES or _ITEMS over d."""
    not_yet("dict")
    return ERROR_VALUE


def dict_iter_next(it: obj) -> obj:
    not_yet("dict")
    return ERROR_VALUE


def dict_dealloc(p: i32) -> None:
    free(p)


def view_dealloc(p: i32) -> None:
    free(p)


def view_length(v: obj) -> i32:
    return 0


def view_contains(v: obj, key: obj) -> i32:
    not_yet("dict views")
    return -1


def view_repr(v: obj) -> obj:
    not_yet("dict views")
    return ERROR_VALUE


def view_iter(v: obj) -> obj:
    not_yet("dict views")
    return ERROR_VALUE


def dict_or(a: obj, b: obj) -> obj:
    not_yet("dict |")
    return ERROR_VALUE
