"""bytes objects.

STUB: the interface below is fixed; the bodies are being written.
"""


def bytes_repr(b: obj) -> obj:
    not_yet("bytes")
    return ERROR_VALUE


def bytes_dealloc(p: i32) -> None:
    free(p)


def bytes_length(b: obj) -> i32:
    return 0


def bytes_getitem(b: obj, key: obj) -> obj:
    not_yet("bytes")
    return ERROR_VALUE


def bytes_contains(b: obj, v: obj) -> i32:
    not_yet("bytes")
    return -1


def bytes_iter(b: obj) -> obj:
    not_yet("bytes")
    return ERROR_VALUE


def bytes_iter_next(it: obj) -> obj:
    not_yet("bytes")
    return ERROR_VALUE


def bytes_equal(a: obj, b: obj) -> i32:
    return 0
