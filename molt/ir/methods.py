"""The methods of the builtin types that compiled code may call, declared once.

`x.name(...)` compiles to a call of the runtime's `method_<name>(x, p1, p2, ...)`, which
dispatches on the type of x (wasm_runtime/methods.py). One method name has one parameter
list for all the types that have it (the union of theirs: list.pop(i) and dict.pop(k, d)
share `pop(a, b)`); the runtime checks what each type accepts. An argument left out is
passed as MISSING. A `*` parameter receives a tuple of the extra positional arguments, a
`**` parameter a dict of the keywords (or MISSING without any).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MethodSignature:
    """positional: the names of the positional parameters, in order; keywords: those that
    may also be passed by keyword; varargs/varkw: a trailing *args / **kwargs."""

    positional: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    varargs: bool = False
    varkw: bool = False
    keyword_only: tuple[str, ...] = ()


def sig(*positional: str, keywords: tuple[str, ...] = (), varargs: bool = False, varkw: bool = False,
        keyword_only: tuple[str, ...] = ()) -> MethodSignature:
    return MethodSignature(positional, keywords, varargs, varkw, keyword_only)


NO_ARGS = sig()
ONE = sig("x")
RANGE_SEARCH = sig("x", "start", "end")

METHODS: dict[str, MethodSignature] = {
    # list, and shared names
    "append": ONE, "extend": ONE, "insert": sig("i", "x"), "pop": sig("a", "b"), "remove": ONE,
    "index": RANGE_SEARCH, "count": RANGE_SEARCH, "reverse": NO_ARGS, "copy": NO_ARGS,
    "clear": NO_ARGS, "sort": sig(keyword_only=("key", "reverse")),
    # dict
    "get": sig("key", "default"), "setdefault": sig("key", "default"), "popitem": NO_ARGS,
    "keys": NO_ARGS, "values": NO_ARGS, "items": NO_ARGS, "update": sig(varargs=True, varkw=True),
    # set
    "add": ONE, "discard": ONE, "union": sig(varargs=True), "intersection": sig(varargs=True),
    "difference": sig(varargs=True), "symmetric_difference": ONE, "intersection_update": sig(varargs=True),
    "difference_update": sig(varargs=True), "symmetric_difference_update": ONE, "issubset": ONE,
    "issuperset": ONE, "isdisjoint": ONE,
    # str and bytes
    "split": sig("sep", "maxsplit", keywords=("sep", "maxsplit")),
    "rsplit": sig("sep", "maxsplit", keywords=("sep", "maxsplit")),
    "join": ONE, "strip": sig("chars"), "lstrip": sig("chars"), "rstrip": sig("chars"),
    "replace": sig("old", "new", "count"), "find": RANGE_SEARCH, "rfind": RANGE_SEARCH,
    "rindex": RANGE_SEARCH, "startswith": RANGE_SEARCH, "endswith": RANGE_SEARCH,
    "upper": NO_ARGS, "lower": NO_ARGS, "title": NO_ARGS, "capitalize": NO_ARGS,
    "swapcase": NO_ARGS, "casefold": NO_ARGS, "isdigit": NO_ARGS, "isalpha": NO_ARGS,
    "isalnum": NO_ARGS, "isspace": NO_ARGS, "isupper": NO_ARGS, "islower": NO_ARGS,
    "isdecimal": NO_ARGS, "isnumeric": NO_ARGS, "istitle": NO_ARGS, "isidentifier": NO_ARGS,
    "isascii": NO_ARGS, "isprintable": NO_ARGS, "center": sig("width", "fillchar"),
    "ljust": sig("width", "fillchar"), "rjust": sig("width", "fillchar"), "zfill": sig("width"),
    "partition": sig("sep"), "rpartition": sig("sep"),
    "splitlines": sig("keepends", keywords=("keepends",)), "format": sig(varargs=True, varkw=True),
    "encode": sig("encoding", "errors", keywords=("encoding", "errors")),
    "decode": sig("encoding", "errors", keywords=("encoding", "errors")),
    "removeprefix": ONE, "removesuffix": ONE, "expandtabs": sig("tabsize", keywords=("tabsize",)),
    "hex": NO_ARGS,
    # numbers
    "bit_length": NO_ARGS, "is_integer": NO_ARGS,
    # slice
    "indices": sig("length"),
}


METHOD_PREFIX = "method_"

# method -> [(receiver kind, runtime function, how many of the method's parameters it takes)].
# tools/gen_methods.py turns each row into a type test of the dispatcher method_<name>; the
# specializer calls the function directly when it knows the receiver's type.
STR_SIMPLE = ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit", "isalpha",
              "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric", "istitle",
              "isidentifier", "isascii", "isprintable"]
IMPLEMENTATIONS: dict[str, list[tuple[str, str, int]]] = {
    "append": [("list", "list_append_method", 1)],
    "extend": [("list", "list_extend_method", 1)],
    "insert": [("list", "list_insert", 2)],
    "pop": [("list", "list_pop", 1), ("dict", "dict_pop", 2), ("set", "set_pop", 0)],
    "remove": [("list", "list_remove", 1), ("set", "set_remove_method", 1)],
    "index": [("list", "list_index", 3), ("tuple", "tuple_index", 3), ("str", "str_index", 3), ("bytes", "bytes_index", 3),
              ("range", "range_index_method", 1)],
    "count": [("list", "list_count", 1), ("tuple", "tuple_count", 1), ("str", "str_count", 3), ("bytes", "bytes_count", 3),
              ("range", "range_count", 1)],
    "reverse": [("list", "list_reverse_method", 0)],
    "copy": [("list", "list_copy", 0), ("dict", "dict_copy", 0), ("anyset", "set_copy", 0)],
    "clear": [("list", "list_clear", 0), ("dict", "dict_clear_method", 0), ("set", "set_clear_method", 0)],
    "sort": [("list", "list_sort_method", 2)],
    "get": [("dict", "dict_get_method", 2)],
    "setdefault": [("dict", "dict_setdefault_method", 2)],
    "popitem": [("dict", "dict_popitem", 0)],
    "keys": [("dict", "dict_keys", 0)],
    "values": [("dict", "dict_values", 0)],
    "items": [("dict", "dict_items", 0)],
    "update": [("dict", "dict_update_method", 2), ("set", "set_update_method", 1)],
    "add": [("set", "set_add_method", 1)],
    "discard": [("set", "set_discard_method", 1)],
    "union": [("anyset", "set_union_method", 1)],
    "intersection": [("anyset", "set_intersection_method", 1)],
    "difference": [("anyset", "set_difference_method", 1)],
    "symmetric_difference": [("anyset", "set_symmetric_difference_method", 1)],
    "intersection_update": [("set", "set_intersection_update_method", 1)],
    "difference_update": [("set", "set_difference_update_method", 1)],
    "symmetric_difference_update": [("set", "set_symmetric_difference_update_method", 1)],
    "issubset": [("anyset", "set_issubset_method", 1)],
    "issuperset": [("anyset", "set_issuperset_method", 1)],
    "isdisjoint": [("anyset", "set_isdisjoint_method", 1)],
    "split": [("str", "str_split", 2), ("bytes", "bytes_split", 2)],
    "rsplit": [("str", "str_rsplit", 2), ("bytes", "bytes_rsplit", 2)],
    "join": [("str", "str_join", 1), ("bytes", "bytes_join", 1)],
    "strip": [("str", "str_strip", 1), ("bytes", "bytes_strip", 1)],
    "lstrip": [("str", "str_lstrip", 1), ("bytes", "bytes_lstrip", 1)],
    "rstrip": [("str", "str_rstrip", 1), ("bytes", "bytes_rstrip", 1)],
    "replace": [("str", "str_replace", 3), ("bytes", "bytes_replace", 3)],
    "find": [("str", "str_find", 3), ("bytes", "bytes_find", 3)],
    "rfind": [("str", "str_rfind", 3), ("bytes", "bytes_rfind", 3)],
    "rindex": [("str", "str_rindex", 3), ("bytes", "bytes_rindex", 3)],
    "startswith": [("str", "str_startswith", 3), ("bytes", "bytes_startswith", 3)],
    "endswith": [("str", "str_endswith", 3), ("bytes", "bytes_endswith", 3)],
    "center": [("str", "str_center", 2)],
    "ljust": [("str", "str_ljust", 2)],
    "rjust": [("str", "str_rjust", 2)],
    "zfill": [("str", "str_zfill", 1)],
    "partition": [("str", "str_partition", 1)],
    "rpartition": [("str", "str_rpartition", 1)],
    "splitlines": [("str", "str_splitlines", 1)],
    "format": [("str", "str_format_method", 2)],
    "encode": [("str", "str_encode", 2)],
    "decode": [("bytes", "bytes_decode", 2)],
    "removeprefix": [("str", "str_removeprefix", 1)],
    "removesuffix": [("str", "str_removesuffix", 1)],
    "expandtabs": [("str", "str_expandtabs", 1)],
    "hex": [("bytes", "bytes_hex", 0)],
    "bit_length": [("int", "int_bit_length", 0)],
    "indices": [("slice", "slice_indices", 1)],
    "is_integer": [("float", "float_is_integer", 0)],
}
for name in STR_SIMPLE:
    IMPLEMENTATIONS[name] = [("str", f"str_{name}", 0)]
IMPLEMENTATIONS["upper"].append(("bytes", "bytes_upper", 0))
IMPLEMENTATIONS["lower"].append(("bytes", "bytes_lower", 0))
for name in ("isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower"):
    IMPLEMENTATIONS[name].append(("bytes", f"bytes_{name}", 0))



def direct_method(name: str, kind: str) -> tuple[str, int] | None:
    """The runtime function of method `name` on a receiver of kind (a type name), and how
    many parameters it takes; None if that type has no such method."""
    for row_kind, function, count in IMPLEMENTATIONS.get(name, []):
        if row_kind == kind or (row_kind == "anyset" and kind in ("set", "frozenset")):
            return function, count
    return None


def method_function(name: str) -> str:
    """The runtime function that dispatches method `name`."""
    return METHOD_PREFIX + name
