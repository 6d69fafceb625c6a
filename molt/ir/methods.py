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
}


def method_function(name: str) -> str:
    """The runtime function that dispatches method `name`."""
    return f"method_{name}"
