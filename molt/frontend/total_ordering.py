"""functools.total_ordering: the missing order methods of a class, derived from the one it
has, with CPython's own derivations (NotImplemented passes through).

Which methods a class has is known only at run time (they may be inherited), so the
runtime's functools_total_ordering picks the root and sets the missing methods from the
twelve derived functions below, which are written once per program.
"""

from __future__ import annotations

import functools

from molt.frontend.context import FunctionLowering
from molt.frontend.synthesized import helper_function
from molt.ir.ops import Value

# The derivations of Lib/functools.py (3.11), in the order of its _convert table: for the
# roots __lt__, __le__, __gt__, __ge__, the three methods each gives. The runtime's
# TOTAL_ORDERING_NAMES lists the same names in the same order.
DERIVED = [
    ("_gt_from_lt", "__lt__", "not op_result and self != other"),
    ("_le_from_lt", "__lt__", "op_result or self == other"),
    ("_ge_from_lt", "__lt__", "not op_result"),
    ("_ge_from_le", "__le__", "not op_result or self == other"),
    ("_lt_from_le", "__le__", "op_result and self != other"),
    ("_gt_from_le", "__le__", "not op_result"),
    ("_lt_from_gt", "__gt__", "not op_result and self != other"),
    ("_ge_from_gt", "__gt__", "op_result or self == other"),
    ("_le_from_gt", "__gt__", "not op_result"),
    ("_le_from_ge", "__ge__", "not op_result or self == other"),
    ("_gt_from_ge", "__ge__", "op_result and self != other"),
    ("_lt_from_ge", "__ge__", "not op_result"),
]
SOURCE = "".join(f"""
def {name}(self, other):
    op_result = type(self).{root}(self, other)
    if op_result is NotImplemented:
        return op_result
    return {result}
""" for name, root, result in DERIVED)


def apply_total_ordering(ctx: FunctionLowering, cls: Value) -> Value:
    """total_ordering(cls): cls, with its missing order methods set."""
    from molt.frontend.containers import build_tuple

    derived = [helper_function(ctx, SOURCE, name, "functools", functools.__file__ or "functools.py")
               for name, _, _ in DERIVED]
    return ctx.call_primitive("functools_total_ordering", [cls, build_tuple(ctx, derived)])
