"""Which int registers always hold small ints (never big forms), over the whole program.

An unboxed int is a small int or a reference to a big int; proving that a register only
ever holds small ints removes its overflow-of-range tests on inputs and its reference
counts. The proof is flow-insensitive, like type inference: a register is small when every
value written to it is, and a parameter when every call passes a small value. Small values
are small int constants, range() counters (their bounds are checked small on entry), and
results that cannot grow: `x % c`, `x & c` (c >= 0), `x // c` and `x >> c` (c >= 1 or 0,
x small) for small constants c. Runs after type inference, before specialization.
"""

from __future__ import annotations

from molt.ir.ops import Assign, Call, Const, Instr, ModuleIR, Op, PyBinary, Return, Value
from molt.ir.primitives import PRIMITIVES
from molt.ir.types import I64, INT

SMALL_LIMIT = 1 << 47


def small_constant(value: Value) -> bool:
    return (isinstance(value, Const) and isinstance(value.value, int) and not isinstance(value.value, bool)
            and -SMALL_LIMIT <= value.value < SMALL_LIMIT)


class SmallInts:
    def __init__(self, module: ModuleIR) -> None:
        self.module = module
        self.functions = [f for f in module.functions.values() if f.kind == "python"]
        # Start from every int register and remove the ones with a non-small definition.
        self.small: set[int] = set()
        self.small_results: set[str] = set()
        for fn in self.functions:
            for reg in fn.registers():
                if reg.type == INT:
                    self.small.add(id(reg))
            if fn.result == INT:
                self.small_results.add(fn.name)

    def is_small(self, value: Value) -> bool:
        if isinstance(value, Const):
            return small_constant(value)
        return id(value) in self.small

    def gives_small(self, op: Op) -> bool:
        if isinstance(op, Assign):
            return op.src.type == I64 or self.is_small(op.src)
        if isinstance(op, Instr) and op.opcode == "nop":
            return op.args[0].type == I64 or self.is_small(op.args[0])
        if isinstance(op, PyBinary):
            right = op.right
            if not small_constant(right):
                return False
            c = right.value  # type: ignore[union-attr]
            assert isinstance(c, int)
            if op.op == "%":
                return c != 0
            if op.op == "&":
                return c >= 0
            if op.op in ("//", ">>"):
                return c >= (1 if op.op == "//" else 0) and self.is_small(op.left)
            return False
        if isinstance(op, Call):
            primitive = PRIMITIVES.get(op.callee)
            return op.callee in self.small_results or (primitive is not None and primitive.small)
        return False

    def run(self) -> None:
        called = {op.callee for fn in self.functions for block in fn.blocks for op in block.ops
                  if isinstance(op, Call)}
        # A function never called from the program has unknown arguments.
        for fn in self.functions:
            if fn.name not in called:
                self.small -= {id(p) for p in fn.params}
        changed = True
        while changed:
            changed = False
            for fn in self.functions:
                for block in fn.blocks:
                    for op in block.ops:
                        dest = op.dest_register()
                        if dest is not None and id(dest) in self.small and not self.gives_small(op):
                            self.small.discard(id(dest))
                            changed = True
                        if isinstance(op, Call) and op.callee in self.module.functions:
                            callee = self.module.functions[op.callee]
                            if callee.kind == "python":
                                for param, arg in zip(callee.params, op.args):
                                    if id(param) in self.small and not self.is_small(arg):
                                        self.small.discard(id(param))
                                        changed = True
                        if isinstance(op, Return) and fn.name in self.small_results:
                            if op.value is None or not self.is_small(op.value):
                                self.small_results.discard(fn.name)
                                changed = True

    def apply(self) -> None:
        for fn in self.functions:
            for reg in fn.registers():
                reg.small = id(reg) in self.small


def find_small_ints(module: ModuleIR) -> None:
    analysis = SmallInts(module)
    analysis.run()
    analysis.apply()

