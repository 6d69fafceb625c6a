"""bytes objects.

STUB: the interface below is fixed; the bodies are being written.
"""


def bytes_repr(b: obj) -> obj:
    not_yet("bytes")
    return ERROR_VALUE


def bytes_dealloc(p: i32) -> None:
    free(p)
