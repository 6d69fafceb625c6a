"""The IR checker: structural and type invariants, run after every pass in tests and
under MOLT_CHECK_IR=1, so that the pass that breaks the IR is named at once."""

from __future__ import annotations

from molt.ir.ops import (
    TERMINATORS, Assign, Binary, Box, Branch, Call, CheckError, Const, FuncIR, Instr,
    ModuleIR, Op, Register, Return, Unbox,
)


class IRCheckError(Exception):
    pass


def check_function(fn: FuncIR, module: ModuleIR | None = None, after: str = "", typed: bool = True) -> None:
    """Raise IRCheckError naming `after` (the pass that ran last) on a broken invariant.

    `typed`: also check that operands have the representations their ops expect, which
    holds from specialization on (before it, boxing is implicit)."""
    where = f" after {after}" if after else ""

    def fail(message: str) -> None:
        raise IRCheckError(f"{fn.name}{where}: {message}")

    if not fn.blocks:
        fail("no blocks")
    blocks = set(id(b) for b in fn.blocks)
    labels = [b.label for b in fn.blocks]
    if len(set(labels)) != len(labels):
        fail("duplicate block labels")
    for block in fn.blocks:
        if not block.ops or not isinstance(block.ops[-1], TERMINATORS):
            fail(f"L{block.label} does not end with a terminator")
        for op in block.ops[:-1]:
            if isinstance(op, TERMINATORS):
                fail(f"L{block.label} has a terminator before its end")
        for succ in block.successors():
            if id(succ) not in blocks:
                fail(f"L{block.label} jumps to L{succ.label}, which is not in the function")
        for op in block.ops:
            problem = _type_problem(fn, op, module) if typed else ""
            if problem:
                fail(f"L{block.label}: {problem}")


def _type_problem(fn: FuncIR, op: Op, module: ModuleIR | None) -> str:
    if isinstance(op, Assign) and op.src.type.wasm != op.dest.type.wasm:
        return f"assign of {op.src.type} to {op.dest.type} register %{op.dest.name}"
    if isinstance(op, Binary) and op.left.type != op.right.type and not (op.left.type.boxed and op.right.type.boxed):
        return f"binary {op.op} on {op.left.type} and {op.right.type}"
    if isinstance(op, Box) and (op.src.type.boxed or not op.dest.type.boxed):
        return f"box from {op.src.type} to {op.dest.type}"
    if isinstance(op, Unbox) and (not op.src.type.boxed or op.dest.type.boxed):
        return f"unbox from {op.src.type} to {op.dest.type}"
    if isinstance(op, Branch) and op.cond.type.wasm != "i32":
        return f"branch on a {op.cond.type}"
    if isinstance(op, Return):
        if (op.value is None) != (fn.result is None):
            return "return value does not match the function's result"
        if op.value is not None and fn.result is not None and op.value.type.wasm != fn.result.wasm:
            return f"return of {op.value.type} from a function returning {fn.result}"
    if isinstance(op, CheckError) and op.value is not None and not isinstance(op.value, Register):
        return "check_error of a constant"
    if isinstance(op, Call) and module is not None:
        callee = module.functions.get(op.callee)
        if callee is None:
            if op.callee in module.imports:
                return ""
            return f"call of unknown function {op.callee}"
        if len(callee.params) != len(op.args):
            return f"call of {op.callee} with {len(op.args)} arguments, expected {len(callee.params)}"
        for param, arg in zip(callee.params, op.args):
            if param.type.wasm != arg.type.wasm:
                return f"call of {op.callee}: {arg.type} passed for {param.type} %{param.name}"
        if op.dest is not None and callee.result is None:
            return f"call of {op.callee} takes a result it does not return"
        if op.dest is None and callee.result is not None:
            return f"call of {op.callee} leaves its result on the stack (give it a dest)"
    if isinstance(op, Instr):
        for arg in op.args:
            if isinstance(arg, Const) and arg.type.boxed and arg.static_object:
                return f"{op.opcode} of a {arg.type.name} constant"
    return ""


def check_module(module: ModuleIR, after: str = "", kinds: tuple[str, ...] = ("python", "runtime"),
                 typed: bool = True) -> None:
    for fn in module.functions.values():
        if fn.kind in kinds:
            check_function(fn, module, after, typed)
