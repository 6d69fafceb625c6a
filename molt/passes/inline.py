"""Inlining: a call of a runtime function marked @inline becomes a copy of its body.

The runtime writes the fast paths of its hottest calls (an attribute read from a slot,
the truth of a bool, the recursion depth) as small @inline functions that call the rest
out of line. A call of one from the program's code is replaced by its blocks, with fresh
registers and labels: the arguments are assigned to the parameters, and every return
assigns the call's destination and jumps to the ops that followed the call. Binaryen
would inline only the smallest of them, and not with the program's constants in view.

Runs last, after refcount: the runtime's code is explicit about references and errors,
so nothing after this pass needs to understand it.
"""

from __future__ import annotations

import copy
from typing import Callable

from molt.ir.ops import (
    Assign, BasicBlock, Branch, Call, CheckError, FuncIR, Goto, ModuleIR, Op, Register, Return,
)

# Inlined code is inlined into again down to this depth; deeper calls stay calls (which
# also ends a cycle of functions that call each other).
MAX_DEPTH = 4


def inline_runtime_calls(fn: FuncIR, module: ModuleIR) -> None:
    """Inline the runtime's @inline functions into fn."""
    labels = max(b.label for b in fn.blocks) + 1
    depth = {id(b): 0 for b in fn.blocks}
    copies = 0
    i = 0
    while i < len(fn.blocks):  # blocks appended below are scanned in turn
        block = fn.blocks[i]
        i += 1
        for at, op in enumerate(block.ops):
            callee = module.functions.get(op.callee) if isinstance(op, Call) else None
            if callee is None or not callee.inline or depth[id(block)] == MAX_DEPTH:
                continue
            assert isinstance(op, Call)
            level = depth[id(block)] + 1
            after = BasicBlock(labels, block.ops[at + 1:])
            labels += 1
            copies += 1
            params, body, labels = copy_body(callee, op, after, labels, f"{callee.name}{copies}_")
            block.ops = block.ops[:at] + [Assign(r, a, op.line) for r, a in zip(params, op.args)]
            block.ops.append(Goto(body[0], op.line))
            for new in body:
                depth[id(new)] = level
            depth[id(after)] = depth[id(block)]
            fn.blocks += body + [after]
            break  # the rest of this block is `after`, scanned later


def copy_body(callee: FuncIR, call: Call, after: BasicBlock, labels: int,
              prefix: str) -> tuple[list[Register], list[BasicBlock], int]:
    """The callee's parameters and blocks, renamed, with its returns leading to `after`;
    and the next free label."""
    registers: dict[Register, Register] = {
        r: Register(prefix + r.name, r.type) for r in callee.registers()}
    blocks: dict[int, BasicBlock] = {}
    for old in callee.blocks:
        blocks[id(old)] = BasicBlock(labels)
        labels += 1

    def target(old: BasicBlock) -> BasicBlock:
        return blocks[id(old)]

    for old in callee.blocks:
        new = blocks[id(old)]
        for op in old.ops:
            new.ops += copied_op(op, call, after, registers, target)
    return [registers[p] for p in callee.params], [blocks[id(b)] for b in callee.blocks], labels


def copied_op(op: Op, call: Call, after: BasicBlock, registers: dict[Register, Register],
              target: Callable[[BasicBlock], BasicBlock]) -> list[Op]:
    if isinstance(op, Return):
        ops: list[Op] = []
        if call.dest is not None and op.value is not None:
            value = registers.get(op.value, op.value) if isinstance(op.value, Register) else op.value
            ops.append(Assign(call.dest, value, call.line))
        return ops + [Goto(after, call.line)]
    new = copy.copy(op)
    new.replace_operands(dict(registers))
    dest = op.dest_register()
    if dest is not None:
        new.dest = registers[dest]  # type: ignore[attr-defined]
    if isinstance(new, Goto):
        new.target = target(new.target)
    elif isinstance(new, Branch):
        new.if_true, new.if_false = target(new.if_true), target(new.if_false)
    elif isinstance(new, CheckError):
        new.error, new.ok = target(new.error), target(new.ok)
    new.line = call.line  # type: ignore[attr-defined]
    return [new]

