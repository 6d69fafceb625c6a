"""Iterators: one object type for every builtin iterator, and the protocol iter()/next().

    +8   i32  kind (ITER_*)
    +16  obj  source: the iterated object (a reference)
    +24  i64  position (an index, a table slot, a counter)
    +32  obj  extra: a second object some kinds need (a reference, or 0)
    +40  i64  extra number (a stop, a step, an expected size)

`py_next` returns the next item (a new reference), STOP_VALUE when the iterator is
exhausted (no StopIteration is raised for the common case), or ERROR_VALUE.
"""

ITER_KIND = 8
ITER_SOURCE = 16
ITER_POSITION = 24
ITER_EXTRA = 32
ITER_NUMBER = 40
ITER_OBJECT_SIZE = 48

ITER_LIST = 1
ITER_TUPLE = 2
ITER_STR = 3
ITER_RANGE = 4
ITER_DICT_KEYS = 5
ITER_DICT_VALUES = 6
ITER_DICT_ITEMS = 7
ITER_SET = 8
ITER_BYTES = 9
ITER_LIST_REVERSED = 10
ITER_ENUMERATE = 11
ITER_ZIP = 12
ITER_MAP = 13
ITER_FILTER = 14
# iter() of an instance with __getitem__ and no __iter__ (special.py).
ITER_SEQUENCE = 15


def iterator_new(kind: i32, source: obj, position: i64) -> obj:
    """An iterator of `kind` over `source` (a reference is taken), starting at `position`."""
    p: i32 = alloc(ITER_OBJECT_SIZE)
    if p == 0:
        return raise_memory_error()
    store_i32(p, 1, OB_REFCNT)
    store_i32(p, TYPE_ITERATOR, OB_TYPE)
    store_i32(p, kind, ITER_KIND)
    incref(source)
    store_i64(p, source, ITER_SOURCE)
    store_i64(p, position, ITER_POSITION)
    store_i64(p, 0, ITER_EXTRA)
    store_i64(p, 0, ITER_NUMBER)
    return box_ptr(p)


def iterator_kind(it: obj) -> i32:
    return load_i32(i32(it), ITER_KIND)


def iterator_source(it: obj) -> obj:
    return load_i64(i32(it), ITER_SOURCE)


def iterator_position(it: obj) -> i64:
    return load_i64(i32(it), ITER_POSITION)


def iterator_set_position(it: obj, position: i64) -> None:
    store_i64(i32(it), position, ITER_POSITION)


def iterator_dealloc(p: i32) -> None:
    decref(load_i64(p, ITER_SOURCE))
    extra: obj = load_i64(p, ITER_EXTRA)
    if extra != 0:
        decref(extra)
    free(p)
