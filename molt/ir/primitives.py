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

from molt.ir.types import BOOL, DICT, FLOAT, I32, I64, INT, LIST, OBJECT, STR, TUPLE, RType


@dataclass(frozen=True)
class Primitive:
    """`small`: an int result that is always a small int (a length, a count)."""

    name: str
    params: tuple[RType, ...]
    result: RType | None
    raises: bool
    small: bool = False


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
    Primitive("py_truth", (O,), BOOL, True),
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
    Primitive("int_form_float_compare", (INT, FLOAT), I32, False),
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
    # Containers and the object protocol (wasm_runtime/list.py, tuple.py, protocol.py ...).
    Primitive("list_new", (I32,), LIST, True),
    Primitive("list_append", (O, O), I32, True),
    Primitive("list_extend", (O, O), I32, True),
    Primitive("list_sort", (O, O, O), None, True),
    Primitive("tuple_new", (I32,), TUPLE, True),
    Primitive("tuple_init", (O, I32, O), None, False),
    Primitive("tuple_get", (O, I32), O, False),
    Primitive("tuple_from_list", (O,), TUPLE, True),
    Primitive("tuple_from_iterable", (O,), TUPLE, True),
    Primitive("set_new", (I32,), O, True),
    Primitive("set_add", (O, O), I32, True),
    Primitive("set_update", (O, O), I32, True),
    Primitive("set_new_from", (I32, O), O, True),
    Primitive("dict_update_mapping", (O, O), I32, True),
    Primitive("dict_fromkeys", (O, O), O, True),
    Primitive("bytes_fromhex", (O,), O, True),
    Primitive("py_inplace", (I32, O, O), O, True),
    Primitive("dict_new", (), DICT, True),
    Primitive("dict_setitem", (O, O, O), I32, True),
    Primitive("dict_set_pairs", (O, O, O), I32, True),
    Primitive("object_new", (), OBJECT, True),
    Primitive("dict_getitem", (O, O), O, True),
    Primitive("dict_update", (O, O), I32, True),
    Primitive("slice_new", (O, O, O), O, True),
    Primitive("range_new", (O, O, O), O, True),
    Primitive("py_getitem", (O, O), O, True),
    Primitive("list_get_int", (O, INT), O, True),
    Primitive("subscript_get", (O, O), O, True),
    Primitive("subscript_set", (O, O, O), None, True),
    Primitive("list_set_int", (O, INT, O), None, True),
    Primitive("tuple_get_int", (O, INT), O, True),
    Primitive("sequence_length_int", (O,), INT, False, small=True),
    Primitive("list_append_method", (O, O), O, True),
    Primitive("py_setitem", (O, O, O), None, True),
    Primitive("py_delitem", (O, O), None, True),
    Primitive("py_contains_bool", (O, O), BOOL, True),
    Primitive("py_len", (O,), INT, True),
    Primitive("py_iter", (O,), O, True),
    Primitive("py_next", (O,), O, True),
    Primitive("py_next_builtin", (O, O), O, True),
    Primitive("unpack_sequence", (O, I32), O, True),
    Primitive("unpack_starred", (O, I32, I32), O, True),
    Primitive("enumerate_new", (O, O), O, True),
    Primitive("zip_new", (O,), O, True),
    Primitive("reversed_new", (O,), O, True),
    Primitive("map_new", (O, O), O, True),
    Primitive("filter_new", (O, O), O, True),
    Primitive("call_one", (O, O), O, True),
    Primitive("sum_check_start", (O,), None, True),
    Primitive("raise_empty_sequence", (O,), None, True),
    # Builtin functions (wasm_runtime/builtins.py and the files of each type).
    Primitive("py_repr", (O,), STR, True),
    Primitive("py_ascii", (O,), STR, True),
    Primitive("py_format", (O, O), STR, True),
    Primitive("py_ord", (O,), O, True),
    Primitive("py_chr", (O,), O, True),
    Primitive("py_int_base", (O, O), O, True),
    Primitive("py_to_base", (O, I32), STR, True),
    Primitive("py_pow_mod", (O, O, O), O, True),
    Primitive("py_divmod", (O, O), O, True),
    Primitive("py_round", (O, O), O, True),
    Primitive("hash_value", (O,), O, True),
    Primitive("py_type", (O,), O, True),
    Primitive("type_object", (I32,), O, True),
    Primitive("py_getattr", (O, O), O, True),
    # Classes (wasm_runtime/classes.py).
    Primitive("py_setattr", (O, O, O), None, True),
    Primitive("py_delattr", (O, O), None, True),
    Primitive("class_new", (O, O, O, O), O, True),
    Primitive("is_instance_object", (O,), BOOL, False),
    Primitive("not_implemented", (), O, False),
    Primitive("exc_text", (O, I32), O, True),
    Primitive("call_with_self_of_class", (O, O, O, O), O, True),
    Primitive("exc_text_of_class", (O, I32), O, True),
    # Attribute sites with caches (wasm_runtime/layout.py).
    Primitive("getattr_cached", (O, O, I32), O, True),
    Primitive("setattr_cached", (O, O, O, I32), None, True),
    Primitive("method_cached", (O, O, I32), O, False),
    # Slots at offsets the compiler knows (wasm_runtime/layout.py; frontend/families.py).
    Primitive("class_set_family", (O, I32, O), None, True),
    Primitive("program_mode", (I32, I32), None, False),
    Primitive("class_numbered", (O,), BOOL, False),
    Primitive("shaped_instance_new", (O, I32), O, True),
    Primitive("raise_init_result", (O,), None, True),
    # Slots of bools, floats and None (wasm_runtime/scalar_slots.py).
    Primitive("slot_get_bool", (O, O, I32), BOOL, True),
    Primitive("slot_get_float", (O, O, I32), FLOAT, True),
    Primitive("slot_put", (O, O, I32), None, False),
    # self.x += k in place (wasm_runtime/slot_arithmetic.py).
    Primitive("attr_iadd_static", (O, O, I64, I32, BOOL, I32), None, True),
    Primitive("slot_iadd_int", (O, O, I32, I64, I32), None, True),
    Primitive("fact_check_scalar_slot", (O, O, I32), None, False),
    # Checks of the analysis's facts, in builds with checks (wasm_runtime/fact_checks.py).
    Primitive("fact_check_kind", (O, I32), None, False),
    Primitive("fact_check_family", (O, I32, I32), None, False),
    Primitive("getattr_static", (O, O, BOOL, I32), O, True),
    Primitive("setattr_static", (O, O, O, BOOL, I32), None, True),
    Primitive("slots_valid", (O, BOOL), BOOL, False),
    Primitive("family_of", (O,), I32, False),
    Primitive("class_number", (O,), I32, False),
    Primitive("numbered_now", (O,), I32, False),
    Primitive("family_member", (I32, I32, I32), I32, False),
    Primitive("plain_number", (O, I32), I32, False),
    Primitive("in_family", (I32, I32, I32), BOOL, False),
    Primitive("slot_get", (O, O, I32), O, True),
    Primitive("slot_set", (O, O, I32), None, False),
    Primitive("slot_store", (O, O, O, I32), None, False),
    Primitive("getattr_site", (O, O, I32), O, True),
    Primitive("setattr_site", (O, O, O, I32), None, True),
    Primitive("method_site", (O, O, I32), O, False),
    Primitive("method_new", (O, O), O, True),
    Primitive("getattr_builtin", (O, O, O), O, True),
    Primitive("hasattr_builtin", (O, O), BOOL, True),
    Primitive("setattr_builtin", (O, O, O), None, True),
    Primitive("delattr_builtin", (O, O), None, True),
    Primitive("vars_builtin", (O,), O, True),
    Primitive("property_getter", (O, O), O, True),
    Primitive("property_setter", (O, O), O, True),
    Primitive("property_deleter", (O, O), O, True),
    Primitive("super_method_call", (O, O, O, O, O), O, True),
    Primitive("super_getattr", (O, O, O), O, True),
    Primitive("isinstance_code", (O, I32), BOOL, False),
    Primitive("py_isinstance", (O, O), BOOL, True),
    Primitive("py_issubclass", (O, O), BOOL, True),
    Primitive("py_callable", (O,), BOOL, False),
    # The match statement (wasm_runtime/patterns.py).
    Primitive("match_is_sequence", (O,), BOOL, False),
    Primitive("match_mapping_values", (O, O), O, True),
    Primitive("match_mapping_rest", (O, O), DICT, True),
    Primitive("match_class", (O, O, I32, O), O, True),
    Primitive("bytes_from_latin1", (O,), O, True),
    Primitive("bytes_from_object", (O,), O, True),
    Primitive("bytes_construct", (O, O, O), O, True),
    Primitive("py_format_builtin", (O, O), STR, True),
    # Output.
    Primitive("print_obj", (O,), None, True),
    Primitive("print_sep", (O, O, O), STR, True),
    Primitive("print_call", (O, O), None, True),
    Primitive("star_source", (O,), O, False),
    Primitive("stdout_write_str", (O,), None, False),
    # Raising.
    Primitive("raise_overflow_int", (), None, True),
    Primitive("raise_zero_division", (O,), None, True),
    Primitive("raise_name_error", (O,), None, True),
    Primitive("raise_unbound_local", (O,), None, True),
    Primitive("raise_range_step_zero", (), None, True),
    Primitive("raise_call_error", (O,), None, True),
    # The standard modules Molt knows (molt/frontend/modules.py).
    Primitive("sys_exit", (O,), None, True),
    Primitive("functools_reduce", (O, O, O), O, True),
    Primitive("functools_total_ordering", (O, O), O, True),
    Primitive("enum_make_members", (O, O), O, True),
    Primitive("class_mark_setattr", (O,), None, False),
    Primitive("object_setattr_builtin", (O, O, O), None, True),
    Primitive("object_delattr_builtin", (O, O), None, True),
    Primitive("py_call", (O, O), O, True),
    Primitive("py_call_kw", (O, O, O), O, True),
    Primitive("dict_merge_kwargs", (O, O, O), I32, True),
    Primitive("keywords_check_strings", (O,), I32, True),
    # Function objects and closures (wasm_runtime/functions.py).
    Primitive("function_new", (O, O, O, O), O, True),
    Primitive("function_set_defaults", (O, O, O), None, False),
    Primitive("function_default", (O, I32), O, False),
    Primitive("function_kwdefault", (O, O), O, True),
    Primitive("function_closure", (O,), O, False),
    Primitive("cell_new", (), O, True),
    Primitive("cell_get", (O, O, I32), O, True),
    Primitive("cell_set", (O, O), None, False),
    Primitive("recursion_enter", (), None, True),
    Primitive("recursion_leave", (), None, False),
    Primitive("traceback_add", (O, O, I32, O), None, False),
    # Raising and handling (wasm_runtime/exc.py).
    Primitive("raise_object", (O, O), None, True),
    Primitive("raise_assertion", (O,), None, True),
    Primitive("exc_fetch", (), O, False),
    Primitive("exc_handled_pop", (), None, False),
    Primitive("exc_matches", (O, O), BOOL, True),
    Primitive("exc_reraise", (O,), O, True),
    Primitive("exc_reraise_handled", (), O, True),
    Primitive("exc_unwind", (), O, True),
)
# Primitives that raise an exception again on its way out: the frame it passes through
# is already in its traceback.
RERAISING = frozenset({"exc_reraise", "exc_reraise_handled", "exc_unwind", "recursion_enter"})


def _method_primitives() -> dict[str, Primitive]:
    """method_<name>(self, params...) of every method of molt/ir/methods.py, and the
    functions of each type they dispatch to (which the specializer calls directly)."""
    from molt.ir.methods import IMPLEMENTATIONS, METHODS, method_function

    table = {}
    for name, signature in METHODS.items():
        count = 1 + len(signature.positional) + signature.varargs + signature.varkw + len(signature.keyword_only)
        table[method_function(name)] = Primitive(method_function(name), (O,) * count, O, True)
        for _, function, taken in IMPLEMENTATIONS[name]:
            if function not in PRIMITIVES:
                table[function] = Primitive(function, (O,) * (1 + taken), O, True)
    return table


PRIMITIVES.update(_method_primitives())