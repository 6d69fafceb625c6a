"""The Python types of operators' results on operands of known types: what the program
analysis (program_facts.py) and the specializer (passes/specialize.py) agree on."""

from __future__ import annotations

from molt.ir.ops import Const, Value
from molt.ir.types import BOOL, FLOAT, INT, LIST, OBJECT, STR, TUPLE, RType

ORDERING = {"<", "<=", ">", ">="}


# The augmented assignment operators (PyBinary "op=").
INPLACE_OPERATORS = frozenset({"+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>="})


def binary_result(op: str, left: RType, right: RType, right_value: Value | None = None) -> RType:
    """The type of `left op right` when it does not raise."""
    numeric = (INT, BOOL, FLOAT)
    if op in ("==", "!=", "is", "is not", "in", "not in"):
        return BOOL
    if op in ("&", "|", "^", "<<", ">>"):
        if left in (INT, BOOL) and right in (INT, BOOL):
            return BOOL if left == right == BOOL and op not in ("<<", ">>") else INT
        return OBJECT
    if op in ORDERING:
        if (left in numeric and right in numeric) or (left == STR and right == STR):
            return BOOL
        return OBJECT
    if left in numeric and right in numeric:
        if FLOAT in (left, right):
            return FLOAT
        if op == "/":
            return FLOAT
        if op == "**":
            # int ** int is an int only for a non-negative exponent.
            if isinstance(right_value, Const) and isinstance(right_value.value, int) and right_value.value >= 0:
                return INT
            return OBJECT
        return INT
    if op == "+" and left == STR and right == STR:
        return STR
    if op == "+" and left == right and left in (LIST, TUPLE):
        return left
    if op == "*" and ((left in (LIST, TUPLE) and right in (INT, BOOL)) or (left in (INT, BOOL) and right in (LIST, TUPLE))):
        return left if left in (LIST, TUPLE) else right
    if op == "*" and ((left == STR and right in (INT, BOOL)) or (left in (INT, BOOL) and right == STR)):
        return STR
    return OBJECT


def unary_result(op: str, operand: RType) -> RType:
    if operand in (INT, BOOL):
        return INT
    if operand == FLOAT and op != "~":
        return FLOAT
    return OBJECT
