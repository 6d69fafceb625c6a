"""Inlining: a direct call becomes a copy of the callee's body.

Two kinds of callees are copied. The runtime writes the fast paths of its hottest calls
(an attribute read from a slot, the truth of a bool, the recursion depth) as small
@inline functions that call the rest out of line; Binaryen would inline only the
smallest of them, and not with the program's constants in view. And the program's own
small functions (a method of a line or two), copied whole: after every pass a function's
body is explicit about all a call does (its recursion count, its traceback entry on an
error, the references it takes and gives), so the copy is the call without its cost.

A call is replaced by the callee's blocks, with fresh registers and labels: the
arguments are assigned to the parameters, and every return assigns the call's
destination and jumps to the ops that followed the call; where nothing on the way to a
return may have raised, past the check of the call's error that follows it.

Runs last, after refcount, so nothing after this pass needs to understand the copies.
"""
from __future__ import annotations

import copy
from typing import Callable

from molt.ir.primitives import PRIMITIVES
from molt.ir.ops import (
    Assign, BasicBlock, Branch, Call, CheckError, FuncIR, Goto, ModuleIR, Op, Register, Return, successors,
)

# Inlined code is inlined into again down to this depth; deeper calls stay calls (which
# also ends a cycle of functions that call each other).
MAX_DEPTH = 4
# The program's functions of at most this many ops (after refcount) are copied into the
# functions that call them directly.
SMALL_FUNCTION_OPS = 60


def inline_small_functions(fn: FuncIR, module: ModuleIR) -> None:
    """Inline into fn the program's small functions that it calls directly (a method call
    site's candidates, top-level functions): a copy of the body after every pass is the
    call itself, frame and all (its recursion count, its traceback entry on an error,
    the references it takes), without the call."""
    def small(callee: FuncIR) -> bool:
        return (callee.kind == "python" and not callee.entry and callee is not fn and callee.name != "module_body"
                and sum(len(b.ops) for b in callee.blocks) <= SMALL_FUNCTION_OPS
                and not any(isinstance(op, Call) and op.callee == callee.name for b in callee.blocks for op in b.ops))

    inline_calls(fn, module, small, max_depth=1)


def inline_runtime_calls(fn: FuncIR, module: ModuleIR) -> None:
    """Inline the runtime's @inline functions into fn."""
    inline_calls(fn, module, lambda callee: callee.inline, MAX_DEPTH)


def inline_calls(fn: FuncIR, module: ModuleIR, chosen: Callable[[FuncIR], bool], max_depth: int) -> None:
    """Inline into fn the calls of the functions `chosen` picks, and the calls in their
    copies down to max_depth."""
    labels = max(b.label for b in fn.blocks) + 1
    depth = {id(b): 0 for b in fn.blocks}
    copies = 0
    i = 0
    while i < len(fn.blocks):  # blocks appended below are scanned in turn
        block = fn.blocks[i]
        i += 1
        for at, op in enumerate(block.ops):
            callee = module.functions.get(op.callee) if isinstance(op, Call) else None
            if callee is None or not chosen(callee) or depth[id(block)] == max_depth:
                continue
            assert isinstance(op, Call)
            level = depth[id(block)] + 1
            after = BasicBlock(labels, block.ops[at + 1:])
            labels += 1
            copies += 1
            # The check of the call's error that follows is needed only where the copy
            # returns after something that may have raised.
            check = after.ops[0] if after.ops and isinstance(after.ops[0], CheckError) else None
            clean = check.ok if check is not None else None
            params, body, labels = copy_body(callee, op, after, labels, f"{callee.name}{copies}_", clean,
                                             may_have_raised(callee))
            block.ops = block.ops[:at] + [Assign(r, a, op.line) for r, a in zip(params, op.args)]
            block.ops.append(Goto(body[0], op.line))
            for new in body:
                depth[id(new)] = level
            depth[id(after)] = depth[id(block)]
            fn.blocks += body + [after]
            break  # the rest of this block is `after`, scanned later


def may_have_raised(callee: FuncIR) -> set[int]:
    """The blocks of callee (by id) that some path from its entry leaves after a call of
    a function that may raise."""
    def raises(op: Op) -> bool:
        # Runtime functions are known not to raise only when declared so (primitives.py).
        return isinstance(op, Call) and (op.callee not in PRIMITIVES or PRIMITIVES[op.callee].raises)

    raised: set[int] = set()
    changed = True
    while changed:
        changed = False
        for block in callee.blocks:
            if id(block) not in raised and not any(raises(op) for op in block.ops):
                continue
            for successor in successors(block.ops[-1]) if block.ops else []:
                if id(successor) not in raised:
                    raised.add(id(successor))
                    changed = True
    return raised | {id(b) for b in callee.blocks if any(raises(op) for op in b.ops)}


def copy_body(callee: FuncIR, call: Call, after: BasicBlock, labels: int, prefix: str,
              clean: BasicBlock | None, raised: set[int]) -> tuple[list[Register], list[BasicBlock], int]:
    """The callee's parameters and blocks, renamed, with its returns leading to `after`
    (to `clean`, when given, from the blocks not in `raised`: there nothing has raised,
    so the check of the call's error that `after` starts with is skipped); and the next
    free label."""
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
        exit = clean if clean is not None and id(old) not in raised else after
        for op in old.ops:
            new.ops += copied_op(op, call, exit, registers, target)
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

