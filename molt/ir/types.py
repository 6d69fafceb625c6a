"""RType: how the IR holds a value (boxed or unboxed, and as which WebAssembly type).

Python values are boxed by default: one 64-bit NaN-boxed word (see wasm_runtime/values.py
for the tag layout). Where the compiler knows a value's Python type it may hold it unboxed
(`int` as a plain i64, `float` as an f64, `bool` as an i32). The runtime dialect also uses
the machine types `i32`, `i64` and `f64` directly, with wrapping arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RType:
    """A register's representation.

    name:       printed name ('object', 'int', 'i32' ...).
    wasm:       the WebAssembly value type that holds it: 'i32', 'i64' or 'f64'.
    boxed:      the value is a NaN-boxed Python object (it may be a heap reference).
    refcounted: the value may be a heap reference whose count the compiler must maintain.
    python:     the value is a Python value (boxed or not); false for machine types.
    """

    name: str
    wasm: str
    boxed: bool
    refcounted: bool
    python: bool

    def __str__(self) -> str:
        return self.name


# Boxed Python values. `str` and `none` are boxed values whose Python type is known.
OBJECT = RType("object", "i64", boxed=True, refcounted=True, python=True)
STR = RType("str", "i64", boxed=True, refcounted=True, python=True)
# Boxed values known to be containers of a type, for direct calls of their operations.
LIST = RType("list", "i64", boxed=True, refcounted=True, python=True)
TUPLE = RType("tuple", "i64", boxed=True, refcounted=True, python=True)
DICT = RType("dict", "i64", boxed=True, refcounted=True, python=True)
NONE = RType("none", "i64", boxed=True, refcounted=False, python=True)
# Unboxed Python values. An unboxed int is an INT form (wasm_runtime/values.py): a small
# int's value, or a reference to a big int, hence refcounted.
INT = RType("int", "i64", boxed=False, refcounted=True, python=True)
FLOAT = RType("float", "f64", boxed=False, refcounted=False, python=True)
BOOL = RType("bool", "i32", boxed=False, refcounted=False, python=True)
# Machine types of the runtime dialect.
I32 = RType("i32", "i32", boxed=False, refcounted=False, python=False)
I64 = RType("i64", "i64", boxed=False, refcounted=False, python=False)
F64 = RType("f64", "f64", boxed=False, refcounted=False, python=False)

# In the dialect an `obj` is a boxed Python value handled by hand (no automatic refcounts).
BY_NAME: dict[str, RType] = {t.name: t for t in (OBJECT, STR, NONE, INT, FLOAT, BOOL, I32, I64, F64, LIST, TUPLE, DICT)}
