"""Type inference over the whole program: which registers hold an int, a float, a bool, a
str or None, so that the specializer can unbox them and pick typed operations.

Flow-insensitive, in the style of a whole-program points-to analysis: a register's type is
the join of the types of everything assigned to it; a parameter's type is the join of the
arguments at every call site (the program's functions are only called directly); a
function's result type is the join of its returns. Iterates to a fixed point.

Only registers the frontend left as `object` are inferred; the others have their types
already (constants, builtin results, loop counters).
"""

from __future__ import annotations

from molt.ir.ops import (
    Assign, Call, Const, Instr, ModuleIR, Op, PyBinary, PyUnary, Register, Return, Unbox, Value,
)
from molt.ir.types import BOOL, FLOAT, INT, LIST, NONE, OBJECT, STR, TUPLE, RType, join

ARITHMETIC = {"+", "-", "*", "//", "%"}
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


class TypeInference:
    def __init__(self, module: ModuleIR) -> None:
        self.module = module
        self.functions = [f for f in module.functions.values() if f.kind == "python"]
        # Inferred types so far; a register absent from the map has no value yet (bottom).
        self.types: dict[int, RType] = {}
        self.inferred: set[int] = set()
        for fn in self.functions:
            for reg in fn.registers():
                if reg.type == OBJECT:
                    self.inferred.add(id(reg))
        self.results: dict[str, RType] = {}

    def type_of(self, value: Value) -> RType | None:
        if isinstance(value, Const):
            return value.type if value.type != NONE or value.value is None else OBJECT
        if id(value) in self.inferred:
            return self.types.get(id(value))
        return value.type

    def flow(self, reg: Register, rtype: RType | None) -> bool:
        if rtype is None or id(reg) not in self.inferred:
            return False
        old = self.types.get(id(reg))
        new = rtype if old is None else join(old, rtype)
        if new != old:
            self.types[id(reg)] = new
            return True
        return False

    def op_type(self, op: Op) -> RType | None:
        if isinstance(op, Assign):
            return self.type_of(op.src)
        if isinstance(op, PyBinary):
            left, right = self.type_of(op.left), self.type_of(op.right)
            if left is None or right is None:
                return None
            if op.op in INPLACE_OPERATORS:
                # A list extends or repeats itself; anything else is the plain operator.
                if left == LIST and op.op in ("+=", "*="):
                    return LIST
                return binary_result(op.op[:-1], left, right, op.right)
            return binary_result(op.op, left, right, op.right)
        if isinstance(op, PyUnary):
            operand = self.type_of(op.operand)
            return None if operand is None else unary_result(op.op, operand)
        if isinstance(op, Call):
            callee = self.module.functions.get(op.callee)
            if callee is not None and callee.kind == "python":
                return self.results.get(op.callee)
            return op.dest.type if op.dest is not None else None
        if isinstance(op, (Instr, Unbox)):
            dest = op.dest_register()
            return dest.type if dest is not None else None
        dest = op.dest_register()
        return OBJECT if dest is not None else None

    def run(self) -> None:
        changed = True
        while changed:
            changed = False
            for fn in self.functions:
                for block in fn.blocks:
                    for op in block.ops:
                        dest = op.dest_register()
                        if dest is not None and self.flow(dest, self.op_type(op)):
                            changed = True
                        if isinstance(op, Call):
                            callee = self.module.functions.get(op.callee)
                            if callee is not None and callee.kind == "python":
                                for param, arg in zip(callee.params, op.args):
                                    if self.flow(param, self.type_of(arg)):
                                        changed = True
                        if isinstance(op, Return):
                            rtype = self.type_of(op.value) if op.value is not None else OBJECT
                            if rtype is not None:
                                old = self.results.get(fn.name)
                                new = rtype if old is None else join(old, rtype)
                                if new != old:
                                    self.results[fn.name] = new
                                    changed = True

    def apply(self) -> None:
        """Give every inferred register and function its type (object when unknown)."""
        for fn in self.functions:
            for reg in fn.registers():
                if id(reg) in self.inferred:
                    reg.type = self.types.get(id(reg), OBJECT)
            if fn.name != "module_body" and not fn.entry:
                fn.result = self.results.get(fn.name, OBJECT)


def infer_types(module: ModuleIR) -> None:
    """Refine `object` registers of the program's functions to the types they always hold."""
    inference = TypeInference(module)
    inference.run()
    inference.apply()

