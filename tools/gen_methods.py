"""Generate wasm_runtime/methods.py: one dispatcher per method name of molt/ir/methods.py.

Run: python tools/gen_methods.py   (tests/test_runtime.py checks the file is up to date)

Each dispatcher `method_<name>(self, params...)` tests the type of self and calls the
function of that type (a row of IMPLEMENTATIONS below), after checking that the type takes
as many arguments as were given; for a type without the method it raises AttributeError.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from molt.ir.methods import METHODS, MethodSignature, method_function  # noqa: E402

OUT = ROOT / "wasm_runtime" / "methods.py"

# method -> [(type test, runtime function, how many of the method's parameters it takes)].
# The type test is an expression on `t` (the heap type id of self) or `self`.
STR = "t == TYPE_STR"
BYTES = "t == TYPE_BYTES"
LIST = "t == TYPE_LIST"
TUPLE = "t == TYPE_TUPLE"
RANGE = "t == TYPE_RANGE"
DICT = "t == TYPE_DICT"
SET = "t == TYPE_SET"
ANY_SET = "(t == TYPE_SET or t == TYPE_FROZENSET)"
INT = "is_int_like(self)"
FLOAT = "is_float(self)"

STR_SIMPLE = ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit", "isalpha",
              "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric", "istitle",
              "isidentifier", "isascii", "isprintable"]
IMPLEMENTATIONS: dict[str, list[tuple[str, str, int]]] = {
    "append": [(LIST, "list_append_method", 1)],
    "extend": [(LIST, "list_extend_method", 1)],
    "insert": [(LIST, "list_insert", 2)],
    "pop": [(LIST, "list_pop", 1), (DICT, "dict_pop", 2), (SET, "set_pop", 0)],
    "remove": [(LIST, "list_remove", 1), (SET, "set_remove_method", 1)],
    "index": [(LIST, "list_index", 3), (TUPLE, "tuple_index", 3), (STR, "str_index", 3), (BYTES, "bytes_index", 3),
              (RANGE, "range_index_method", 1)],
    "count": [(LIST, "list_count", 1), (TUPLE, "tuple_count", 1), (STR, "str_count", 3), (BYTES, "bytes_count", 3),
              (RANGE, "range_count", 1)],
    "reverse": [(LIST, "list_reverse_method", 0)],
    "copy": [(LIST, "list_copy", 0), (DICT, "dict_copy", 0), (ANY_SET, "set_copy", 0)],
    "clear": [(LIST, "list_clear", 0), (DICT, "dict_clear_method", 0), (SET, "set_clear_method", 0)],
    "sort": [(LIST, "list_sort_method", 2)],
    "get": [(DICT, "dict_get_method", 2)],
    "setdefault": [(DICT, "dict_setdefault_method", 2)],
    "popitem": [(DICT, "dict_popitem", 0)],
    "keys": [(DICT, "dict_keys", 0)],
    "values": [(DICT, "dict_values", 0)],
    "items": [(DICT, "dict_items", 0)],
    "update": [(DICT, "dict_update_method", 2), (SET, "set_update_method", 1)],
    "add": [(SET, "set_add_method", 1)],
    "discard": [(SET, "set_discard_method", 1)],
    "union": [(ANY_SET, "set_union_method", 1)],
    "intersection": [(ANY_SET, "set_intersection_method", 1)],
    "difference": [(ANY_SET, "set_difference_method", 1)],
    "symmetric_difference": [(ANY_SET, "set_symmetric_difference_method", 1)],
    "intersection_update": [(SET, "set_intersection_update_method", 1)],
    "difference_update": [(SET, "set_difference_update_method", 1)],
    "symmetric_difference_update": [(SET, "set_symmetric_difference_update_method", 1)],
    "issubset": [(ANY_SET, "set_issubset_method", 1)],
    "issuperset": [(ANY_SET, "set_issuperset_method", 1)],
    "isdisjoint": [(ANY_SET, "set_isdisjoint_method", 1)],
    "split": [(STR, "str_split", 2), (BYTES, "bytes_split", 2)],
    "rsplit": [(STR, "str_rsplit", 2), (BYTES, "bytes_rsplit", 2)],
    "join": [(STR, "str_join", 1), (BYTES, "bytes_join", 1)],
    "strip": [(STR, "str_strip", 1), (BYTES, "bytes_strip", 1)],
    "lstrip": [(STR, "str_lstrip", 1), (BYTES, "bytes_lstrip", 1)],
    "rstrip": [(STR, "str_rstrip", 1), (BYTES, "bytes_rstrip", 1)],
    "replace": [(STR, "str_replace", 3), (BYTES, "bytes_replace", 3)],
    "find": [(STR, "str_find", 3), (BYTES, "bytes_find", 3)],
    "rfind": [(STR, "str_rfind", 3), (BYTES, "bytes_rfind", 3)],
    "rindex": [(STR, "str_rindex", 3), (BYTES, "bytes_rindex", 3)],
    "startswith": [(STR, "str_startswith", 3), (BYTES, "bytes_startswith", 3)],
    "endswith": [(STR, "str_endswith", 3), (BYTES, "bytes_endswith", 3)],
    "center": [(STR, "str_center", 2)],
    "ljust": [(STR, "str_ljust", 2)],
    "rjust": [(STR, "str_rjust", 2)],
    "zfill": [(STR, "str_zfill", 1)],
    "partition": [(STR, "str_partition", 1)],
    "rpartition": [(STR, "str_rpartition", 1)],
    "splitlines": [(STR, "str_splitlines", 1)],
    "format": [(STR, "str_format_method", 2)],
    "encode": [(STR, "str_encode", 2)],
    "decode": [(BYTES, "bytes_decode", 2)],
    "removeprefix": [(STR, "str_removeprefix", 1)],
    "removesuffix": [(STR, "str_removesuffix", 1)],
    "expandtabs": [(STR, "str_expandtabs", 1)],
    "hex": [(BYTES, "bytes_hex", 0)],
    "bit_length": [(INT, "int_bit_length", 0)],
    "is_integer": [(FLOAT, "float_is_integer", 0)],
}
for name in STR_SIMPLE:
    IMPLEMENTATIONS[name] = [(STR, f"str_{name}", 0)]
IMPLEMENTATIONS["upper"].append((BYTES, "bytes_upper", 0))
IMPLEMENTATIONS["lower"].append((BYTES, "bytes_lower", 0))
for name in ("isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower"):
    IMPLEMENTATIONS[name].append((BYTES, f"bytes_{name}", 0))


def parameters(signature: MethodSignature) -> list[str]:
    names = list(signature.positional)
    if signature.varargs:
        names.append("args")
    if signature.varkw:
        names.append("kwargs")
    names += list(signature.keyword_only)
    return names


def dispatcher(name: str, signature: MethodSignature) -> str:
    params = parameters(signature)
    header = ", ".join(["self: obj"] + [f"{p}: obj" for p in params])
    lines = [f"def {method_function(name)}({header}) -> obj:", "    t: i32 = type_of(self)"]
    for test, function, count in IMPLEMENTATIONS[name]:
        lines.append(f"    if {test}:")
        for extra in params[count:]:
            lines.append(f"        if {extra} != MISSING_VALUE:")
            lines.append(f'            return too_many_arguments(self, "{name}", {count})')
        args = ", ".join(["self"] + params[:count])
        lines.append(f"        return {function}({args})")
    lines.append(f'    return no_attribute(self, "{name}")')
    return "\n".join(lines)


def generate() -> str:
    missing = set(METHODS) - set(IMPLEMENTATIONS)
    assert not missing, f"no implementations for {sorted(missing)}"
    parts = ['"""Method calls: `x.name(...)` calls method_name(x, ...), which dispatches on the type of x.\n\n'
             'GENERATED by tools/gen_methods.py from molt/ir/methods.py; do not edit."""\n']
    for name, signature in METHODS.items():
        parts.append(dispatcher(name, signature))
    return "\n\n\n".join(parts) + "\n"


def main() -> int:
    text = generate()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run python tools/gen_methods.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
