"""Reference counting: incref, decref, and freeing an object whose count reaches zero."""


def incref(v: obj) -> None:
    if shr_u(v, TAG_SHIFT) == TAG_PTR:
        p: i32 = i32(v)
        store_i32(p, load_i32(p) + 1)


def decref(v: obj) -> None:
    if shr_u(v, TAG_SHIFT) == TAG_PTR:
        p: i32 = i32(v)
        count: i32 = load_i32(p) - 1
        if count == 0:
            dealloc(p)
        else:
            store_i32(p, count)


# Freeing a container frees what only it held, which may be a container in turn: a list
# nested a million deep would recurse a million times and overflow the stack. As CPython's
# trashcan does, past DEALLOC_MAX_DEPTH nested deallocs an object is put on a list (linked
# through its reference count field, unused once it is dead) that the outermost dealloc
# frees in a loop.
DEALLOC_MAX_DEPTH = 50
DEALLOC_DEPTH: i32 = 0
DEALLOC_LATER: i32 = 0


def dealloc(p: i32) -> None:
    """Release what the object holds, then its memory (now, or after the outermost dealloc's
    own when nested deep)."""
    if DEALLOC_DEPTH >= DEALLOC_MAX_DEPTH:
        store_i32(p, DEALLOC_LATER, OB_REFCNT)
        DEALLOC_LATER = p
        return
    DEALLOC_DEPTH += 1
    dealloc_now(p)
    DEALLOC_DEPTH -= 1
    if DEALLOC_DEPTH == 0:
        while DEALLOC_LATER != 0:
            q: i32 = DEALLOC_LATER
            DEALLOC_LATER = load_i32(q, OB_REFCNT)
            DEALLOC_DEPTH = 1
            dealloc_now(q)
            DEALLOC_DEPTH = 0


def dealloc_now(p: i32) -> None:
    """Release what the object holds, then its memory."""
    t: i32 = load_i32(p, OB_TYPE)
    if t == TYPE_LIST:
        list_dealloc(p)
    elif t == TYPE_TUPLE:
        tuple_dealloc(p)
    elif t == TYPE_DICT:
        dict_dealloc(p)
    elif t == TYPE_SET or t == TYPE_FROZENSET:
        set_dealloc(p)
    elif t == TYPE_INT:
        int_dealloc(p)
    elif t == TYPE_ITERATOR:
        iterator_dealloc(p)
    elif t == TYPE_SLICE:
        slice_dealloc(p)
    elif t == TYPE_RANGE:
        range_dealloc(p)
    elif t == TYPE_DICT_VIEW:
        view_dealloc(p)
    elif t == TYPE_BYTES:
        bytes_dealloc(p)
    elif t == TYPE_EXCEPTION:
        exc_dealloc(p)
    elif t == TYPE_FUNCTION:
        function_dealloc(p)
    elif t == TYPE_INSTANCE:
        instance_dealloc(p)
    elif t == TYPE_METHOD:
        method_dealloc(p)
    elif t == TYPE_BUILTIN_METHOD:
        builtin_method_dealloc(p)
    elif t == TYPE_PROPERTY:
        property_dealloc(p)
    elif t == TYPE_STATICMETHOD or t == TYPE_CLASSMETHOD:
        wrapper_dealloc(p)
    elif t == TYPE_CELL:
        decref(load_i64(p, CELL_VALUE))
        free(p)
    else:
        free(p)
