"""Insert error checks after every op that can raise, and the paths that propagate.

Runs after specialization (which adds raising calls) and before refcounting (which then
releases, on each error path, exactly the references that path holds). After a raising op
comes `CheckError`: its error edge goes to a block that records this frame in the
traceback (function, file, line) and returns the error to the caller, as CPython's frames
do when an exception passes through them.
"""

from __future__ import annotations

from molt.ir.ops import ERROR, Call, CheckError, Const, FuncIR, Goto, ModuleIR, Op, Return
from molt.ir.primitives import PRIMITIVES
from molt.ir.types import I32, OBJECT
from molt.passes.rewriter import BlockRewriter


def can_raise(op: Op, module: ModuleIR) -> bool:
    if not isinstance(op, Call):
        return False
    if op.callee in PRIMITIVES:
        return PRIMITIVES[op.callee].raises
    callee = module.functions.get(op.callee)
    return callee is not None and callee.raises


class ExceptionChecks(BlockRewriter):
    def __init__(self, fn: FuncIR, module: ModuleIR) -> None:
        super().__init__(fn)
        self.module = module
        self.propagate = self.new_block()
        result = fn.result
        assert result is not None
        error_value = Const(ERROR, result) if result.boxed else Const(0, result)
        self.propagate.ops = [Return(error_value)]

    def rewrite(self, op: Op) -> None:
        self.emit(op)
        if not can_raise(op, self.module):
            return
        assert isinstance(op, Call)
        record, ok = self.new_block(), self.new_block()
        self.emit(CheckError(op.dest, record, ok))
        record.ops = [
            Call(None, "traceback_add", [Const(self.fn.python_name, OBJECT), Const(self.fn.file, OBJECT),
                                         Const(op.line, I32)], line=op.line),
            Goto(self.propagate),
        ]
        self.activate(ok)


def insert_exception_checks(fn: FuncIR, module: ModuleIR) -> None:
    if fn.kind == "python":
        ExceptionChecks(fn, module).run()
