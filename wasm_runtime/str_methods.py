"""str indexing, slicing, iteration, `in`, repr, and the str methods.

STUB: the interface below is fixed; the bodies are being written.
"""


def str_getitem(s: obj, key: obj) -> obj:
    """s[key] for an int key or a slice."""
    not_yet("str indexing")
    return ERROR_VALUE


def str_contains(s: obj, sub: obj) -> i32:
    """sub in s: 1, 0, or -1 after raising TypeError (sub not a str)."""
    not_yet("str in")
    return -1


def str_iter_next(it: obj) -> obj:
    not_yet("str iteration")
    return ERROR_VALUE


def str_hash(s: obj) -> i64:
    not_yet("str hash")
    return -1


def str_iter(s: obj) -> obj:
    """iter(s): an ITER_STR iterator."""
    not_yet("str iteration")
    return ERROR_VALUE
