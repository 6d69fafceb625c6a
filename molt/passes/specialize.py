"""Specialize: generic Python operations -> typed operations or runtime calls, and make
every operand the representation its op expects (boxing, unboxing, int -> float).

Runs after type inference, so every register has its final type. Where both operands are
known numbers the operation becomes machine arithmetic with Python's checks spelled out in
the IR (an int sum that leaves the small-int range raises OverflowError; a division by
zero raises ZeroDivisionError). Where a type is unknown it becomes a call of the runtime's
generic operation (py_add ...), which is always right.
"""

from __future__ import annotations

from molt.ir.ops import (
    MISSING, Assign, Binary, Box, Branch, Call, Const, FuncIR, Goto, Instr, ModuleIR, Op, PyBinary, PyTruth,
    PyUnary, Register, Return, StoreGlobal, Unary, Unbox, Unreachable, Value,
)
from molt.analysis.types import INPLACE_OPERATORS
from molt.ir.methods import METHOD_PREFIX, direct_method
from molt.ir.primitives import PRIMITIVES
from molt.ir.types import BOOL, DICT, F64, FLOAT, I32, I64, INT, LIST, NONE, OBJECT, STR, TUPLE, RType
from molt.passes.int_ops import COMPARISON, IntLowering
from molt.passes.rewriter import BlockRewriter

NUMERIC = (INT, BOOL, FLOAT)

MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
GENERIC_BINARY = {
    "+": "py_add", "-": "py_sub", "*": "py_mul", "/": "py_truediv", "//": "py_floordiv",
    "%": "py_mod", "**": "py_pow", "<": "py_lt", "<=": "py_le", ">": "py_gt", ">=": "py_ge",
    "==": "py_eq", "!=": "py_ne", "&": "py_and", "|": "py_or", "^": "py_xor", "<<": "py_lshift",
    ">>": "py_rshift",
}
BITWISE = frozenset({"&", "|", "^", "<<", ">>"})
# The runtime's code (a constant of wasm_runtime/ops.py or bitwise.py) of each in-place operator.
INPLACE_CODES = {
    "+=": "OP_ADD", "-=": "OP_SUB", "*=": "OP_MUL", "/=": "OP_TRUEDIV", "//=": "OP_FLOORDIV", "%=": "OP_MOD",
    "**=": "OP_POW", "&=": "OP_AND", "|=": "OP_OR", "^=": "OP_XOR", "<<=": "OP_LSHIFT", ">>=": "OP_RSHIFT",
}
# Operators that get an inline small-int path when an operand's type is unknown.
TIER1_OPERATORS = frozenset({"+", "-", "*", "//", "%", "<", "<=", ">", ">=", "==", "!="})



class Specializer(IntLowering):
    def __init__(self, fn: FuncIR, module: ModuleIR) -> None:
        super().__init__(fn)
        self.module = module

    # Representation changes.

    def coerce(self, value: Value, target: RType) -> Value:
        source = value.type
        if source == target or (source.boxed and target.boxed):
            return value if source == target or isinstance(value, Register) else Const(value.value, target)
        if source.wasm == target.wasm and not source.boxed and not target.boxed and {source, target} <= {INT, I64, BOOL, I32}:
            return value if isinstance(value, Register) else Const(value.value, target)
        if isinstance(value, Const):
            return self.coerce_const(value, target)
        if target.boxed:
            dest = self.temp(OBJECT, "box")
            self.emit(Box(dest, self.coerce(value, INT) if source in (I64,) else value))
            return dest
        if target in (INT, I64) and source in (BOOL, I32):
            dest = self.temp(target, "int")
            self.emit(Instr(dest, "i64.extend_i32_u", [value]))
            return dest
        if target in (FLOAT, F64) and source == INT:
            return self.int_to_float(value)
        if target in (FLOAT, F64) and source in (I64, BOOL, I32):
            dest = self.temp(target, "float")
            wide = self.coerce(value, I64)
            self.emit(Instr(dest, "f64.convert_i64_s", [wide]))
            return dest
        if source.boxed and target in (INT, FLOAT, BOOL) and isinstance(value, Register) and (
                value.never or value.known == target):
            # Proved by the analysis (or dead: no value reaches `value`).
            dest = self.temp(target, "unboxed")
            self.emit(Unbox(dest, value))
            return dest
        if source.boxed and target in (INT, FLOAT, BOOL) and source != OBJECT:
            raise AssertionError(f"unbox of a {source} to {target}")
        if source == FLOAT and target == F64 or source == F64 and target == FLOAT:
            return value
        raise AssertionError(f"{self.fn.name}: no conversion from {source} to {target} for {value!r}")

    def coerce_const(self, value: Const, target: RType) -> Const:
        v = value.value
        if target.boxed:
            return Const(v, target)
        if target in (FLOAT, F64) and isinstance(v, (int, float)):
            return Const(float(v), target)
        if target in (INT, I64, BOOL, I32) and isinstance(v, (int, bool)):
            return Const(int(v), target)
        raise AssertionError(f"no constant conversion of {v!r} to {target}")

    # Raising.

    def raise_if(self, cond: Value, primitive: str, args: list[Value]) -> None:
        raise_block, ok = self.new_block(), self.new_block()
        self.emit(Branch(cond, raise_block, ok))
        self.activate(raise_block)
        self.emit(Call(None, primitive, args))
        self.emit(Unreachable())
        self.activate(ok)

    # Ops.

    def rewrite(self, op: Op) -> None:
        handler = getattr(self, f"rewrite_{type(op).__name__}", None)
        if handler is None:
            self.emit(op)
        else:
            handler(op)

    def rewrite_Assign(self, op: Assign) -> None:
        op.src = self.coerce(op.src, op.dest.type)
        self.emit(op)

    def rewrite_Return(self, op: Return) -> None:
        if op.value is not None and self.fn.result is not None:
            op.value = self.coerce(op.value, self.fn.result)
        self.emit(op)

    def rewrite_StoreGlobal(self, op: StoreGlobal) -> None:
        g = self.module.globals[op.name]
        op.src = self.coerce(op.src, g.type)
        self.emit(op)

    def rewrite_Instr(self, op: Instr) -> None:
        if op.opcode == "nop" and op.dest is not None:
            op.args = [self.coerce(op.args[0], op.dest.type)]
        self.emit(op)

    def rewrite_Binary(self, op: Binary) -> None:
        if op.left.type != op.right.type:
            target = op.left.type if isinstance(op.right, Const) else op.right.type
            op.left, op.right = self.coerce(op.left, target), self.coerce(op.right, target)
        self.emit(op)

    def rewrite_Call(self, op: Call) -> None:
        if self.container_call(op):
            return
        if op.callee in SPECIALIZED_CALLS and op.dest is not None:
            arg = op.args[0]
            if arg.type in SPECIALIZED_CALLS[op.callee]:
                self.specialized_call(op, arg)
                return
        params = self.param_types(op.callee)
        op.args = [self.coerce(a, t) for a, t in zip(op.args, params)]
        self.emit(op)

    def container_call(self, op: Call) -> bool:
        """Protocol calls on a known list or tuple go to that type's function directly."""
        args = op.args
        if not args:
            return False
        kind = args[0].type
        if op.callee == "py_getitem" and kind in (LIST, TUPLE) and args[1].type in (INT, BOOL):
            name = "list_get_int" if kind == LIST else "tuple_get_int"
            self.emit(Call(op.dest, name, [args[0], self.coerce(args[1], INT)], line=op.line))
            return True
        if op.callee == "py_setitem" and kind == LIST and args[1].type in (INT, BOOL):
            self.emit(Call(None, "list_set_int", [args[0], self.coerce(args[1], INT), self.coerce(args[2], OBJECT)],
                           line=op.line))
            return True
        if op.callee in ("py_getitem", "py_setitem") and kind == OBJECT:
            # Unknown types: a list's item is inline (wasm_runtime/list_methods.py).
            name = "subscript_get" if op.callee == "py_getitem" else "subscript_set"
            self.emit(Call(op.dest, name, [self.coerce(a, OBJECT) for a in args], line=op.line))
            return True
        if op.callee in ("py_getitem", "py_setitem") and kind == DICT:
            name = "dict_getitem" if op.callee == "py_getitem" else "dict_setitem"
            dest = op.dest if op.callee == "py_getitem" else self.temp(I32)  # dict_setitem's status
            self.emit(Call(dest, name, [args[0]] + [self.coerce(a, OBJECT) for a in args[1:]], line=op.line))
            return True
        if op.callee == "py_len" and kind in (LIST, TUPLE, STR):
            self.emit(Call(op.dest, "sequence_length_int", [args[0]], line=op.line))
            return True
        if op.callee == "print_obj" and kind == STR:
            self.emit(Call(None, "stdout_write_str", [args[0]], line=op.line))
            return True
        if op.callee.startswith(METHOD_PREFIX) and kind in (LIST, TUPLE, DICT, STR):
            return self.direct_method_call(op)
        return False

    def direct_method_call(self, op: Call) -> bool:
        """x.name(...) on a receiver of known type: the type's function, when the call gives
        every argument it takes and none it does not (the dispatcher's checks hold by
        construction; it reports an argument left out, required or not)."""
        direct = direct_method(op.callee.removeprefix(METHOD_PREFIX), op.args[0].type.name)
        if direct is None:
            return False
        function, count = direct
        extra = op.args[1 + count:]
        if not all(isinstance(a, Const) and a.value is MISSING for a in extra):
            return False
        if any(isinstance(a, Const) and a.value is MISSING for a in op.args[1:1 + count]):
            return False
        args = [op.args[0]] + [self.coerce(a, OBJECT) for a in op.args[1:1 + count]]
        self.emit(Call(op.dest, function, args, line=op.line))
        return True

    def param_types(self, callee: str) -> list[RType]:
        if callee in PRIMITIVES:
            return list(PRIMITIVES[callee].params)
        return [p.type for p in self.module.functions[callee].params]

    def specialized_call(self, op: Call, arg: Value) -> None:
        """int(x), float(x), str(x) and index of a value whose type is already known."""
        assert op.dest is not None
        if op.callee == "py_str":
            self.emit(Assign(op.dest, arg))
        elif op.callee == "range_index":
            self.emit(Instr(op.dest, "i64.extend_i32_u", [arg]))
        else:
            self.emit(Assign(op.dest, self.coerce(arg, op.dest.type)))

    def rewrite_PyTruth(self, op: PyTruth) -> None:
        value, vtype = op.value, op.value.type
        if vtype in (BOOL, I32):
            self.emit(Assign(op.dest, self.coerce(value, BOOL)))
        elif vtype == INT:
            self.emit(Binary(op.dest, "ne", value, Const(0, INT)))
        elif vtype == FLOAT:
            self.emit(Binary(op.dest, "ne", value, Const(0.0, FLOAT)))
        elif vtype == NONE:
            self.emit(Assign(op.dest, Const(False, BOOL)))
        elif vtype == STR:
            self.emit(Call(op.dest, "str_truth", [value]))
        else:
            self.emit(Call(op.dest, "py_truth", [value]))

    def rewrite_PyUnary(self, op: PyUnary) -> None:
        vtype = op.operand.type
        if vtype in (INT, BOOL):
            value = self.coerce(op.operand, INT)
            if op.op == "+":
                self.emit(Assign(op.dest, value))
                return
            self.emit(Assign(op.dest, self.int_unary(op.op, value)))
        elif vtype == FLOAT and op.op != "~":
            if op.op == "+":
                self.emit(Assign(op.dest, op.operand))
            elif op.op == "-":
                self.emit(Unary(op.dest, "neg", op.operand))
            else:
                self.emit(Instr(op.dest, "f64.abs", [op.operand]))
        else:
            name = {"-": "py_neg", "+": "py_pos", "abs": "py_abs", "~": "py_invert"}[op.op]
            self.generic_result(op.dest, name, [self.coerce(op.operand, OBJECT)])

    def generic_result(self, dest: Register, primitive: str, args: list[Value]) -> None:
        """Call a generic primitive (boxed result) and unbox into dest if it is typed."""
        if dest.type.boxed:
            self.emit(Call(dest, primitive, args))
            return
        boxed = self.temp(OBJECT, "generic")
        self.emit(Call(boxed, primitive, args))
        self.emit(Unbox(dest, boxed))

    def rewrite_PyBinary(self, op: PyBinary) -> None:
        left, right = op.left.type, op.right.type
        if op.op in INPLACE_OPERATORS:
            base = op.op[:-1]
            numbers = left in NUMERIC and right in NUMERIC and not (base in BITWISE and FLOAT in (left, right))
            strings = left == STR and right == STR and base == "+"
            if numbers or strings:
                # Typed operations that cannot fail on their types: the plain operator.
                op.op = base
            elif base in TIER1_OPERATORS and OBJECT in (left, right) and {left, right} <= {OBJECT, INT, BOOL}:
                self.binary_with_int_fast_path(op)
                return
            else:
                self.generic_result(op.dest, "py_inplace", self.inplace_args(op))
                return
        if op.op in ("is", "is not"):
            a, b = self.coerce(op.left, OBJECT), self.coerce(op.right, OBJECT)
            self.emit(Binary(op.dest, "eq" if op.op == "is" else "ne", a, b))
        elif left == BOOL and right == BOOL and op.op in ("&", "|", "^"):
            self.emit(Binary(op.dest, {"&": "and", "|": "or", "^": "xor"}[op.op], op.left, op.right))
        elif left in NUMERIC and right in NUMERIC and not (op.op in BITWISE and FLOAT in (left, right)):
            if FLOAT in (left, right):
                self.float_binary(op)
            elif op.op == "/":
                self.int_true_divide(op)
            elif op.op == "**" and op.dest.type != INT:
                self.generic_result(op.dest, "py_pow", [self.coerce(op.left, OBJECT), self.coerce(op.right, OBJECT)])
            else:
                self.int_binary(op)
        elif left == STR and right == STR and op.op in ("+", "==", "!=", "<", "<=", ">", ">="):
            self.str_binary(op)
        elif op.op == "*" and {left, right} <= {STR, INT, BOOL} and STR in (left, right) and left != right:
            s, n = (op.left, op.right) if left == STR else (op.right, op.left)
            self.emit(Call(op.dest, "str_repeat", [s, self.coerce(n, INT)]))
        elif op.op in TIER1_OPERATORS and OBJECT in (left, right) and {left, right} <= {OBJECT, INT, BOOL}:
            self.binary_with_int_fast_path(op)
        else:
            args = [self.coerce(op.left, OBJECT), self.coerce(op.right, OBJECT)]
            self.generic_result(op.dest, GENERIC_BINARY[op.op], args)

    def inplace_args(self, op: PyBinary) -> list[Value]:
        """py_inplace's arguments: the runtime's OP_* code of the operator, and the operands."""
        code = self.module.constants[INPLACE_CODES[op.op]]
        return [Const(code, I32), self.coerce(op.left, OBJECT), self.coerce(op.right, OBJECT)]

    def binary_with_int_fast_path(self, op: PyBinary) -> None:
        """Tier 1: an operand of unknown type is most often a small int. Test the tags,
        do the int operation inline when they are ints, else call the generic operation."""
        checks: list[Value] = []
        for operand in (op.left, op.right):
            if operand.type == OBJECT:
                tag, is_int = self.temp(I64, "tag"), self.temp(BOOL, "is_int")
                # The tag layout is the runtime's (wasm_runtime/values.py).
                shift, tag_int = self.module.constants["TAG_SHIFT"], self.module.constants["TAG_INT"]
                self.emit(Instr(tag, "i64.shr_u", [operand, Const(shift, I64)]))
                self.emit(Binary(is_int, "eq", tag, Const(tag_int, I64)))
                checks.append(is_int)
        both = checks[0]
        if len(checks) == 2:
            both = self.temp(BOOL, "ints")
            self.emit(Binary(both, "and", checks[0], checks[1]))
        fast, slow, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(both, fast, slow))
        self.activate(fast)
        a, b = self.unboxed_int(op.left), self.unboxed_int(op.right)
        operator = op.op[:-1] if op.op in INPLACE_OPERATORS else op.op
        if operator in COMPARISON:
            flag = self.temp(BOOL, "cmp")
            self.emit(Binary(flag, COMPARISON[op.op], a, b))
            self.emit(Assign(op.dest, self.coerce(flag, op.dest.type)))
        else:
            self.emit(Assign(op.dest, self.coerce(self.int_arithmetic(operator, a, b), op.dest.type)))
        self.emit(Goto(done))
        self.activate(slow)
        if op.op in INPLACE_OPERATORS:
            self.generic_result(op.dest, "py_inplace", self.inplace_args(op))
        else:
            args = [self.coerce(op.left, OBJECT), self.coerce(op.right, OBJECT)]
            self.generic_result(op.dest, GENERIC_BINARY[op.op], args)
        self.emit(Goto(done))
        self.activate(done)

    def unboxed_int(self, value: Value) -> Value:
        if value.type != OBJECT:
            return self.coerce(value, INT)
        dest = self.temp(INT, "int")
        self.emit(Unbox(dest, value))
        return dest

    def int_binary(self, op: PyBinary) -> None:
        a, b = self.coerce(op.left, INT), self.coerce(op.right, INT)
        if op.op in COMPARISON:
            self.int_compare(op.dest, op.op, a, b)
            return
        result = self.int_arithmetic(op.op, a, b)
        self.emit(Assign(op.dest, result))

    def int_true_divide(self, op: PyBinary) -> None:
        """int / int: exact operands in doubles when small (one rounding, as CPython);
        the runtime divides big ints correctly rounded and raises ZeroDivisionError."""
        a, b = self.coerce(op.left, INT), self.coerce(op.right, INT)
        nonzero = self.temp(BOOL, "nonzero")
        self.emit(Binary(nonzero, "ne", b, Const(0, INT)))
        small = self.all_small([a, b])
        cond: Value = nonzero
        if not isinstance(small, Const):
            cond = self.temp(BOOL, "inline")
            self.emit(Binary(cond, "and", small, nonzero))  # type: ignore[arg-type]

        def divide(result: Register) -> None:
            fa, fb = self.temp(FLOAT, "f"), self.temp(FLOAT, "f")
            self.emit(Instr(fa, "f64.convert_i64_s", [a]))
            self.emit(Instr(fb, "f64.convert_i64_s", [b]))
            self.emit(Binary(result, "div", fa, fb))

        self.choose(cond, op.dest, divide, "int_truediv_slow", [a, b])

    def float_binary(self, op: PyBinary) -> None:
        if op.op in COMPARISON and INT in (op.left.type, op.right.type):
            self.int_float_compare(op)
            return
        a, b = self.coerce(op.left, FLOAT), self.coerce(op.right, FLOAT)
        if op.op in COMPARISON:
            self.emit(Binary(op.dest, COMPARISON[op.op], a, b))
        elif op.op in ("+", "-", "*"):
            self.emit(Binary(op.dest, {"+": "add", "-": "sub", "*": "mul"}[op.op], a, b))
        elif op.op == "/":
            zero = self.temp(BOOL, "zero")
            self.emit(Binary(zero, "eq", b, Const(0.0, FLOAT)))
            both_ints = op.left.type != FLOAT and op.right.type != FLOAT
            message = "division by zero" if both_ints else "float division by zero"
            self.raise_if(zero, "raise_zero_division", [Const(message, OBJECT)])
            self.emit(Binary(op.dest, "div", a, b))
        else:
            name = {"//": "float_floordiv", "%": "float_mod", "**": "float_pow"}[op.op]
            self.emit(Call(op.dest, name, [a, b]))

    def int_float_compare(self, op: PyBinary) -> None:
        """An int compared with a float, exactly as CPython compares them: a small int is
        exact as a double; a big one goes to the runtime (-1, 0, 1, or 2 for NaN)."""
        int_on_left = op.left.type == INT
        whole = op.left if int_on_left else op.right
        other = self.coerce(op.right if int_on_left else op.left, FLOAT)
        # Comparing f with x is comparing x with f mirrored.
        operator = op.op if int_on_left else MIRRORED[op.op]
        fast, slow, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(self.all_small([whole]), fast, slow))
        self.activate(fast)
        converted = self.temp(FLOAT, "float")
        self.emit(Instr(converted, "f64.convert_i64_s", [whole]))
        self.emit(Binary(op.dest, COMPARISON[operator], converted, other))
        self.emit(Goto(done))
        self.activate(slow)
        order = self.temp(I32, "order")
        self.emit(Call(order, "int_form_float_compare", [whole, other]))
        if operator == ">=":
            self.emit(Instr(op.dest, "i32.lt_u", [order, Const(2, I32)]))
        elif operator == ">":
            self.emit(Binary(op.dest, "eq", order, Const(1, I32)))
        else:
            self.emit(Binary(op.dest, COMPARISON[operator], order, Const(0, I32)))
        self.emit(Goto(done))
        self.activate(done)

    def str_binary(self, op: PyBinary) -> None:
        a, b = op.left, op.right
        if op.op == "+":
            self.emit(Call(op.dest, "str_concat", [a, b]))
        elif op.op in ("==", "!="):
            equal = op.dest if op.op == "==" else self.temp(BOOL, "equal")
            self.emit(Call(equal, "str_eq", [a, b]))
            if op.op == "!=":
                self.emit(Unary(op.dest, "not", equal))
        else:
            order = self.temp(I32, "order")
            self.emit(Call(order, "str_compare", [a, b]))
            self.emit(Binary(op.dest, COMPARISON[op.op], order, Const(0, I32)))


# Calls of conversion primitives that are the identity (or a widening) on these types.
SPECIALIZED_CALLS: dict[str, tuple[RType, ...]] = {
    "py_str": (STR,),
    "py_int": (INT, BOOL),
    "py_index": (INT, BOOL),
    "py_float": (FLOAT, INT, BOOL),
    "range_index": (BOOL,),
}


def specialize(fn: FuncIR, module: ModuleIR) -> None:
    if fn.kind == "python":
        Specializer(fn, module).run()
