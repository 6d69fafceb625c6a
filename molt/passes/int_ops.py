"""Int arithmetic on unboxed ints: an inline path for small ints, a runtime call otherwise.

An unboxed int register holds an INT form (wasm_runtime/values.py): a small int as its
value, or a big int as +-(INT_BIG_BASE + address). Each operation tests cheaply that the
inline path gives the right answer and otherwise calls the runtime's `int_*_slow`, which
handles big operands and results outside the small range (ints never overflow).

Why the tests are what they are:
- a small int plus or minus a small constant leaves the small range exactly when the big
  forms say it must (a big form is at least 2**62 - 2**47 away from every small int), so
  `x + 1` tests only its result; two variable operands are tested too, because big forms
  of opposite signs can cancel;
- a product whose double magnitude is below 2**47 is exact, and a big form makes the
  magnitude huge (or the product 0, which is right), so `*` tests only the double;
- comparing a small int with a big form compares the signs, which is right; only two big
  forms need the runtime.
"""

from __future__ import annotations

from typing import Callable

from molt.ir.ops import Assign, Binary, Branch, Call, Const, Goto, Instr, Register, Value
from molt.ir.types import BOOL, FLOAT, I32, I64, INT
from molt.passes.rewriter import BlockRewriter

SMALL_INT_LIMIT = 1 << 47
COMPARISON = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne"}
SLOW = {"+": "int_add_slow", "-": "int_sub_slow", "*": "int_mul_slow", "//": "int_floordiv_slow",
        "%": "int_mod_slow", "**": "int_pow_slow", "&": "int_and_slow", "|": "int_or_slow",
        "^": "int_xor_slow", "<<": "int_lshift_slow", ">>": "int_rshift_slow"}


def is_small_constant(value: Value) -> bool:
    return isinstance(value, Const) and isinstance(value.value, int) and -SMALL_INT_LIMIT <= value.value < SMALL_INT_LIMIT


def known_small(value: Value) -> bool:
    """A small int constant, or a register proven to hold only small ints."""
    return is_small_constant(value) or (isinstance(value, Register) and value.small)


class IntLowering(BlockRewriter):
    """The int part of the Specializer: emits int operations in the rewritten function."""

    def all_small(self, values: list[Value]) -> Value:
        """A bool: every value is a small int (constants need no test)."""
        tested = [v for v in values if not known_small(v)]
        if not tested:
            return Const(True, BOOL)
        combined: Value | None = None
        for value in tested:
            shifted = self.temp(INT, "range")
            self.emit(Binary(shifted, "add", value, Const(SMALL_INT_LIMIT, INT)))
            if combined is None:
                combined = shifted
            else:
                merged = self.temp(INT, "range")
                self.emit(Binary(merged, "or", combined, shifted))
                combined = merged
        assert combined is not None
        high = self.temp(I64, "range")
        self.emit(Instr(high, "i64.shr_u", [combined, Const(48, I64)]))
        small = self.temp(BOOL, "small")
        self.emit(Binary(small, "eq", high, Const(0, I64)))
        return small

    def choose(self, cond: Value, result: Register, fast: Callable[[Register], object], slow: str,
               args: list[Value]) -> None:
        """result = fast() when cond holds, else the runtime's `slow`(args)."""
        if isinstance(cond, Const) and cond.value:
            fast(result)
            return
        fast_block, slow_block, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(cond, fast_block, slow_block))
        self.activate(fast_block)
        fast(result)
        self.emit(Goto(done))
        self.activate(slow_block)
        self.emit(Call(result, slow, args))
        self.emit(Goto(done))
        self.activate(done)

    def int_arithmetic(self, operator: str, a: Value, b: Value) -> Register:
        result = self.temp(INT, "int")
        if operator in ("+", "-"):
            value = self.temp(INT, "sum")
            self.emit(Binary(value, "add" if operator == "+" else "sub", a, b))
            checked: list[Value] = [value]
            if not (known_small(a) or known_small(b)):
                checked = [a, b, value]
            self.choose(self.all_small(checked), result, lambda r: self.emit(Assign(r, value)), SLOW[operator], [a, b])
        elif operator == "*":
            self.int_multiply(result, a, b)
        elif operator in ("//", "%"):
            self.int_divide(result, operator, a, b)
        elif operator in ("&", "|", "^"):
            # Small ints combine into small ints; a big form needs the runtime.
            op = {"&": "and", "|": "or", "^": "xor"}[operator]
            self.choose(self.all_small([a, b]), result, lambda r: self.emit(Binary(r, op, a, b)), SLOW[operator], [a, b])
        else:  # ** (exponent known >= 0), << and >>: always the runtime
            self.emit(Call(result, SLOW[operator], [a, b]))
        return result

    def int_multiply(self, result: Register, a: Value, b: Value) -> None:
        fa, fb, product, magnitude = (self.temp(FLOAT, "f") for _ in range(4))
        self.emit(Instr(fa, "f64.convert_i64_s", [a]))
        self.emit(Instr(fb, "f64.convert_i64_s", [b]))
        self.emit(Binary(product, "mul", fa, fb))
        self.emit(Instr(magnitude, "f64.abs", [product]))
        small = self.temp(BOOL, "small")
        self.emit(Binary(small, "lt", magnitude, Const(float(SMALL_INT_LIMIT), FLOAT)))
        self.choose(small, result, lambda r: self.emit(Binary(r, "mul", a, b)), "int_mul_slow", [a, b])

    def int_divide(self, result: Register, operator: str, a: Value, b: Value) -> None:
        """Python's floor division and modulo inline for small operands and a non-zero
        divisor; the runtime raises ZeroDivisionError and handles big ints."""
        small = self.all_small([a, b])
        nonzero = self.temp(BOOL, "nonzero")
        self.emit(Binary(nonzero, "ne", b, Const(0, INT)))
        cond = self.temp(BOOL, "inline")
        if isinstance(small, Const):
            cond = nonzero
        else:
            self.emit(Binary(cond, "and", small, nonzero))
        self.choose(cond, result, lambda r: self.floor_divide(r, operator, a, b), SLOW[operator], [a, b])

    def floor_divide(self, result: Register, operator: str, a: Value, b: Value) -> None:
        remainder, signs = self.temp(INT, "rem"), self.temp(INT, "signs")
        self.emit(Binary(remainder, "mod", a, b))
        self.emit(Binary(signs, "xor", remainder, b))
        inexact, opposite, adjust = self.temp(BOOL, "inexact"), self.temp(BOOL, "opposite"), self.temp(BOOL, "adjust")
        self.emit(Binary(inexact, "ne", remainder, Const(0, INT)))
        self.emit(Binary(opposite, "lt", signs, Const(0, INT)))
        self.emit(Binary(adjust, "and", inexact, opposite))
        if operator == "%":
            adjusted = self.temp(INT, "rem")
            self.emit(Binary(adjusted, "add", remainder, b))
            self.emit(Instr(result, "select", [adjusted, remainder, adjust]))
            return
        quotient, step, value = self.temp(INT, "quot"), self.temp(INT, "step"), self.temp(INT, "quot")
        self.emit(Binary(quotient, "floordiv", a, b))
        self.emit(Instr(step, "i64.extend_i32_u", [adjust]))
        self.emit(Binary(value, "sub", quotient, step))
        # Only -2**47 // -1 leaves the small range.
        self.choose(self.all_small([value]), result, lambda r: self.emit(Assign(r, value)), "int_floordiv_slow", [a, b])

    def int_compare(self, dest: Register, operator: str, a: Value, b: Value) -> None:
        """A small int and a big form compare right as machine ints; two big forms do not."""
        op = COMPARISON[operator]
        if known_small(a) or known_small(b):
            self.emit(Binary(dest, op, a, b))
            return
        either = self.temp(BOOL, "either_small")
        small_a, small_b = self.all_small([a]), self.all_small([b])
        self.emit(Binary(either, "or", small_a, small_b))
        fast_block, slow_block, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(either, fast_block, slow_block))
        self.activate(fast_block)
        self.emit(Binary(dest, op, a, b))
        self.emit(Goto(done))
        self.activate(slow_block)
        order = self.temp(I32, "order")
        self.emit(Call(order, "int_compare_slow", [a, b]))
        self.emit(Binary(dest, op, order, Const(0, I32)))
        self.emit(Goto(done))
        self.activate(done)

    def int_unary(self, operator: str, value: Value) -> Register:
        """-x, abs(x) and ~x."""
        result = self.temp(INT, "int")
        if operator == "~":
            # ~x = -x - 1 stays small for every small x.
            self.choose(self.all_small([value]), result,
                        lambda r: self.emit(Binary(r, "xor", value, Const(-1, INT))), "int_invert_slow", [value])
            return result
        negated = self.temp(INT, "neg")
        self.emit(Binary(negated, "sub", Const(0, INT), value))
        fast_value = negated
        if operator == "abs":
            negative = self.temp(BOOL, "negative")
            self.emit(Binary(negative, "lt", value, Const(0, INT)))
            fast_value = self.temp(INT, "abs")
            self.emit(Instr(fast_value, "select", [negated, value, negative]))
        slow = "int_neg_slow" if operator == "-" else "int_abs_slow"
        self.choose(self.all_small([value, negated]), result, lambda r: self.emit(Assign(r, fast_value)), slow, [value])
        return result

    def int_to_float(self, value: Value) -> Register:
        """float(x) of an unboxed int: exact for small ints; the runtime rounds big ones."""
        result = self.temp(FLOAT, "float")
        self.choose(self.all_small([value]), result,
                    lambda r: self.emit(Instr(r, "f64.convert_i64_s", [value])), "int_form_to_float", [value])
        return result

