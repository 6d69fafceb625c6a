"""Insert error checks after every op that can raise, and the paths that propagate.

Runs after specialization (which adds raising calls) and before refcounting (which then
releases, on each error path, exactly the references that path holds). After a raising op
comes `CheckError`: its error edge goes to a block that records this frame in the
traceback (function, file, line, source line), as CPython's frames do when an exception
passes through them, and then goes to the block's handler (inside a `try`) or returns the
error to the caller. Re-raising primitives (RERAISING) record no frame: the exception
already went through this one. Afterwards every handler edge is explicit and blocks carry
no `handler`. Every return of a Python function ends its frame (recursion_leave, the twin
of the recursion_enter its prologue calls).
"""

from __future__ import annotations

from molt.ir.ops import ERROR, BasicBlock, Call, CheckError, Const, Frame, FuncIR, Goto, ModuleIR, Op, Return
from molt.ir.primitives import PRIMITIVES, RERAISING
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
        self.propagate.ops = [Return(error_value, raised=True)]
        if not fn.entry and not fn.module_part:  # the frame ends (see recursion_enter)
            self.propagate.ops.insert(0, Call(None, "recursion_leave", []))
        self.source = module.sources.get(fn.file, [])
        # One unwinding block per (handler, line, frames): raising ops of a line share it.
        self.unwinds: dict[tuple[int, int, tuple[Frame, ...]], BasicBlock] = {}

    def rewrite(self, op: Op) -> None:
        if isinstance(op, Return) and not self.fn.entry and not self.fn.module_part:
            self.emit(Call(None, "recursion_leave", []))
        self.emit(op)
        if not can_raise(op, self.module):
            return
        assert isinstance(op, Call)
        ok = self.new_block()
        self.emit(CheckError(op.dest, self.unwind_block(op), ok))
        self.activate(ok)

    def unwind_block(self, op: Call) -> BasicBlock:
        target = self.current.handler or self.propagate
        callee = self.module.functions.get(op.callee)
        if op.callee in RERAISING or self.fn.entry or self.fn.frameless or (callee is not None and callee.module_part):
            return target
        frames = self.current.frames
        key = (id(target), op.line, frames)
        block = self.unwinds.get(key)
        if block is None:
            block = self.unwinds[key] = self.new_block()
            # The comprehensions' frames, innermost first, then the function's: each at
            # the line its callee was called from.
            line = op.line
            for frame in reversed(frames):
                block.ops.append(self.traceback_add(frame.name, line))
                line = frame.line
            block.ops += [self.traceback_add(self.fn.python_name, line), Goto(target)]
        return block

    def traceback_add(self, name: str, line: int) -> Call:
        text = self.source[line - 1].strip() if 0 < line <= len(self.source) else ""
        return Call(None, "traceback_add", [Const(name, OBJECT), Const(self.fn.file, OBJECT),
                                            Const(line, I32), Const(text, OBJECT)], line=line)

    def run(self) -> None:
        super().run()
        for block in self.fn.blocks:
            block.handler = None


def insert_exception_checks(fn: FuncIR, module: ModuleIR) -> None:
    if fn.kind == "python":
        ExceptionChecks(fn, module).run()
