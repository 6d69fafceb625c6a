"""The runtime functions that compiled code calls, declared once.

Each primitive gives the name of a function in wasm_runtime/, its machine signature, the
Python type of its result where that is known, and whether it can raise. The frontend and
the passes call primitives only through this table; the driver checks every entry against
the compiled runtime (same parameters and result), and so does a test.

Boxed arguments are borrowed; a boxed result is a new reference. A primitive that raises
returns the error sentinel (boxed result) or sets the pending exception (other results).
"""

from __future__ import annotations

from dataclasses import dataclass

from molt.ir.types import BOOL, FLOAT, I32, I64, INT, OBJECT, STR, RType


@dataclass(frozen=True)
class Primitive:
    name: str
    params: tuple[RType, ...]
    result: RType | None
    raises: bool


def _table(*prims: Primitive) -> dict[str, Primitive]:
    return {p.name: p for p in prims}


O = OBJECT
PRIMITIVES: dict[str, Primitive] = _table(
    # Reference counts (codegen calls these for IncRef/DecRef).
    Primitive("incref", (O,), None, False),
    Primitive("decref", (O,), None, False),
    # Generic operators on any two values (wasm_runtime/ops.py).
    Primitive("py_add", (O, O), O, True),
    Primitive("py_sub", (O, O), O, True),
    Primitive("py_mul", (O, O), O, True),
    Primitive("py_truediv", (O, O), O, True),
    Primitive("py_floordiv", (O, O), O, True),
    Primitive("py_mod", (O, O), O, True),
    Primitive("py_pow", (O, O), O, True),
    Primitive("py_lt", (O, O), O, True),
    Primitive("py_le", (O, O), O, True),
    Primitive("py_gt", (O, O), O, True),
    Primitive("py_ge", (O, O), O, True),
    Primitive("py_eq", (O, O), O, True),
    Primitive("py_ne", (O, O), O, True),
    Primitive("py_neg", (O,), O, True),
    Primitive("py_pos", (O,), O, True),
    Primitive("py_abs", (O,), O, True),
    Primitive("py_truth", (O,), BOOL, False),
    # Builtin conversions.
    Primitive("py_int", (O,), INT, True),
    Primitive("py_float", (O,), FLOAT, True),
    Primitive("py_str", (O,), STR, True),
    Primitive("py_index", (O,), INT, True),
    Primitive("range_index", (O,), I64, True),
    Primitive("py_and", (O, O), O, True),
    Primitive("py_or", (O, O), O, True),
    Primitive("py_xor", (O, O), O, True),
    Primitive("py_lshift", (O, O), O, True),
    Primitive("py_rshift", (O, O), O, True),
    Primitive("py_invert", (O,), O, True),
    # Unboxed ints (INT forms, wasm_runtime/values.py): what the inline paths call when an
    # operand is big or the result leaves the small range.
    Primitive("int_add_slow", (INT, INT), INT, True),
    Primitive("int_sub_slow", (INT, INT), INT, True),
    Primitive("int_mul_slow", (INT, INT), INT, True),
    Primitive("int_floordiv_slow", (INT, INT), INT, True),
    Primitive("int_mod_slow", (INT, INT), INT, True),
    Primitive("int_pow_slow", (INT, INT), INT, True),
    Primitive("int_and_slow", (INT, INT), INT, True),
    Primitive("int_or_slow", (INT, INT), INT, True),
    Primitive("int_xor_slow", (INT, INT), INT, True),
    Primitive("int_lshift_slow", (INT, INT), INT, True),
    Primitive("int_rshift_slow", (INT, INT), INT, True),
    Primitive("int_neg_slow", (INT,), INT, True),
    Primitive("int_abs_slow", (INT,), INT, True),
    Primitive("int_invert_slow", (INT,), INT, True),
    Primitive("int_compare_slow", (INT, INT), I32, False),
    Primitive("int_truediv_slow", (INT, INT), FLOAT, True),
    Primitive("int_form_to_float", (INT,), FLOAT, True),
    Primitive("int_from_literal", (O,), INT, True),
    # Codegen calls these for Box, Unbox, IncRef and DecRef of big INT forms.
    Primitive("int_box", (INT,), O, False),
    Primitive("int_unbox", (O,), INT, False),
    Primitive("int_incref", (INT,), None, False),
    Primitive("int_decref", (INT,), None, False),
    Primitive("float_floordiv", (FLOAT, FLOAT), FLOAT, True),
    Primitive("float_mod", (FLOAT, FLOAT), FLOAT, True),
    Primitive("float_pow", (FLOAT, FLOAT), FLOAT, True),
    Primitive("str_concat", (O, O), STR, True),
    Primitive("str_repeat", (O, INT), STR, True),
    Primitive("str_eq", (O, O), BOOL, False),
    Primitive("str_compare", (O, O), I32, False),
    Primitive("str_truth", (O,), BOOL, False),
    # Output.
    Primitive("print_obj", (O,), None, True),
    Primitive("print_sep", (O, O, O), STR, True),
    Primitive("stdout_write_str", (O,), None, False),
    # Raising.
    Primitive("raise_overflow_int", (), None, True),
    Primitive("raise_zero_division", (O,), None, True),
    Primitive("raise_name_error", (O,), None, True),
    Primitive("raise_unbound_local", (O,), None, True),
    Primitive("raise_range_step_zero", (), None, True),
    Primitive("raise_call_error", (O,), None, True),
    Primitive("traceback_add", (O, O, I32), None, False),
)

# A primitive's result representation in the runtime: the dialect returns boxed values as
# i64, and results typed int/float/bool above are returned unboxed.
