"""set and frozenset objects: hash tables laid out as CPython's, so that they iterate in
CPython's order.

STUB: the interface below is fixed; the bodies are being written.
"""


def set_new(type_id: i32) -> obj:
    """An empty set (TYPE_SET) or frozenset (TYPE_FROZENSET)."""
    not_yet("set")
    return ERROR_VALUE


def set_add(s: obj, key: obj) -> i32:
    """Add key (a reference taken); 0, or -1 after raising."""
    not_yet("set")
    return -1


def set_contains(s: obj, key: obj) -> i32:
    not_yet("set")
    return -1


def set_length(s: obj) -> i32:
    return 0


def set_repr(s: obj) -> obj:
    not_yet("set")
    return ERROR_VALUE


def set_equal(a: obj, b: obj) -> i32:
    not_yet("set")
    return -1


def set_iter(s: obj) -> obj:
    not_yet("set")
    return ERROR_VALUE


def set_iter_next(it: obj) -> obj:
    not_yet("set")
    return ERROR_VALUE


def set_dealloc(p: i32) -> None:
    free(p)


def set_union(a: obj, b: obj) -> obj:
    not_yet("set")
    return ERROR_VALUE


def set_intersection(a: obj, b: obj) -> obj:
    not_yet("set")
    return ERROR_VALUE


def set_symmetric_difference(a: obj, b: obj) -> obj:
    not_yet("set")
    return ERROR_VALUE
