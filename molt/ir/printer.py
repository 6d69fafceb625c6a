"""Stable text of the IR, for `molt build --emit-ir`, golden tests and debugging."""

from __future__ import annotations

from molt.ir.ops import (
    Assign, BasicBlock, Binary, Box, Branch, Call, CheckError, Const, DecRef, FuncIR, Goto,
    IncRef, Instr, LoadGlobal, ModuleIR, Op, PyBinary, PyTruth, PyUnary, Register, Return,
    StoreGlobal, Unary, Unbox, Unreachable, Value,
)


def format_value(value: Value | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, Register):
        return f"%{value.name}"
    if isinstance(value, Const):
        if value.type.name in ("int", "float", "bool", "none", "str", "tuple"):
            return repr(value.value)
        return f"{value.value!r}:{value.type}"
    raise TypeError(value)


def format_op(op: Op) -> str:
    v = format_value
    if isinstance(op, Assign):
        return f"{v(op.dest)} = {v(op.src)}"
    if isinstance(op, Binary):
        return f"{v(op.dest)} = {op.op}.{op.left.type} {v(op.left)}, {v(op.right)}"
    if isinstance(op, Unary):
        return f"{v(op.dest)} = {op.op}.{op.operand.type} {v(op.operand)}"
    if isinstance(op, Instr):
        imm = "".join(f" [{i}]" for i in op.immediates)
        args = ", ".join(v(a) for a in op.args)
        lhs = f"{v(op.dest)} = " if op.dest is not None else ""
        return f"{lhs}{op.opcode}{imm} {args}".rstrip()
    if isinstance(op, Box):
        return f"{v(op.dest)} = box {v(op.src)}"
    if isinstance(op, Unbox):
        return f"{v(op.dest)} = unbox.{op.dest.type} {v(op.src)}"
    if isinstance(op, Call):
        args = ", ".join(v(a) for a in op.args)
        lhs = f"{v(op.dest)} = " if op.dest is not None else ""
        return f"{lhs}call {op.callee}({args})"
    if isinstance(op, PyBinary):
        return f"{v(op.dest)} = py {v(op.left)} {op.op} {v(op.right)}"
    if isinstance(op, PyUnary):
        return f"{v(op.dest)} = py {op.op}{v(op.operand)}"
    if isinstance(op, PyTruth):
        return f"{v(op.dest)} = truth {v(op.value)}"
    if isinstance(op, LoadGlobal):
        return f"{v(op.dest)} = global {op.name}"
    if isinstance(op, StoreGlobal):
        return f"global {op.name} = {v(op.src)}"
    if isinstance(op, IncRef):
        return f"incref {v(op.value)}"
    if isinstance(op, DecRef):
        return f"decref {v(op.value)}"
    if isinstance(op, Goto):
        return f"goto {op.target!r}"
    if isinstance(op, Branch):
        return f"branch {v(op.cond)}, {op.if_true!r}, {op.if_false!r}"
    if isinstance(op, CheckError):
        return f"check_error {v(op.value)}, {op.error!r}, {op.ok!r}"
    if isinstance(op, Return):
        word = "return_raised" if op.raised else "return"
        return f"{word} {v(op.value)}" if op.value is not None else word
    if isinstance(op, Unreachable):
        return "unreachable"
    raise TypeError(f"no printer for {type(op).__name__}")


def format_block(block: BasicBlock) -> list[str]:
    return [f"L{block.label}:"] + [f"    {format_op(op)}" for op in block.ops]


def format_function(fn: FuncIR) -> str:
    params = ", ".join(f"%{p.name}: {p.type}" for p in fn.params)
    result = str(fn.result) if fn.result is not None else "none"
    raises = " raises" if fn.raises else ""
    lines = [f"def {fn.name}({params}) -> {result}{raises}:  # {fn.kind}"]
    for block in fn.blocks:
        lines.extend(format_block(block))
    return "\n".join(lines)


def format_module(module: ModuleIR, kinds: tuple[str, ...] = ("python",)) -> str:
    """The module's globals and functions of the given kinds, in definition order."""
    parts = [f"global {g.name}: {g.type} = {g.init!r}" for g in module.globals.values() if g.python]
    text = "\n".join(parts)
    for fn in module.functions.values():
        if fn.kind in kinds:
            text += ("\n\n" if text else "") + format_function(fn)
    return text + "\n"
