"""Private names at run time: the names of a class's __slots__, which CPython's type_new
mangles as the compiler mangles `__x` in the class body (molt/frontend/mangling.py), so
that `self.__x` finds the slot `__x`."""

UNDERSCORE = 95


def mangled_name(class_name: obj, name: obj) -> obj:
    """`name` as written in the class `class_name` (_Py_Mangle; a new reference): `__x` is
    `_C__x`. Names without two leading underscores, dunders, and every name in a class
    named only underscores stay as they are."""
    if not is_str(name):
        return new_ref(name)
    n: i32 = str_size(name)
    p: i32 = str_data(name)
    if n < 3 or load_u8(p) != UNDERSCORE or load_u8(p + 1) != UNDERSCORE:
        return new_ref(name)
    if load_u8(p + n - 1) == UNDERSCORE and load_u8(p + n - 2) == UNDERSCORE:
        return new_ref(name)
    size: i32 = str_size(class_name)
    skip: i32 = 0
    while skip < size:
        if load_u8(str_data(class_name) + skip) != UNDERSCORE:
            break
        skip += 1
    if skip == size:
        return new_ref(name)
    stripped: obj = str_substring(class_name, skip, size)
    if stripped == ERROR_VALUE:
        return stripped
    result: obj = str_concat3("_", stripped, name)
    decref(stripped)
    return result
