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
from dataclasses import dataclass
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
            # returns after something that may have raised; its return of an exception
            # goes to the check's error path at once.
            check = after.ops[0] if after.ops and isinstance(after.ops[0], CheckError) else None
            exits = Exits(after, check.ok if check is not None else None, check.error if check is not None else None)
            params, body, labels = copy_body(callee, op, exits, labels, f"{callee.name}{copies}_",
                                             may_have_raised(callee))
            block.ops = block.ops[:at] + [Assign(r, a, op.line) for r, a in zip(params, op.args)]
            block.ops.append(Goto(body[0], op.line))
            for new in body:
                depth[id(new)] = level
            depth[id(after)] = depth[id(block)]
            fn.blocks += body + [after]
            break  # the rest of this block is `after`, scanned later


@dataclass
class Exits:
    """Where a copy's returns go: `after` (the ops that followed the call, starting with
    the check of its error, if any), `clean` (past that check) and `error` (its error
    path), the two last when the call is checked."""

    after: BasicBlock
    clean: BasicBlock | None
    error: BasicBlock | None


def may_have_raised(callee: FuncIR) -> set[int]:
    """The blocks of callee (by id) that some path from its entry leaves after a call of
    a function that may raise, other than by the ok edge of the check of its error."""
    def raises(op: Op) -> bool:
        # Runtime functions are known not to raise only when declared so (primitives.py).
        return isinstance(op, Call) and (op.callee not in PRIMITIVES or PRIMITIVES[op.callee].raises)

    def checked(block: BasicBlock) -> bool:
        """Its one raising op is the last before the check of its error that ends it."""
        ops = block.ops
        return (len(ops) >= 2 and isinstance(ops[-1], CheckError) and raises(ops[-2])
                and not any(raises(op) for op in ops[:-2]))

    # Blocks a raise may have happened in, or before.
    raised = {id(b) for b in callee.blocks if any(raises(op) for op in b.ops) and not checked(b)}
    pending = list(callee.blocks)
    while pending:
        block = pending.pop()
        last = block.ops[-1] if block.ops else None
        if last is None:
            continue
        if id(block) in raised:
            leaving = successors(last)
        elif checked(block):
            assert isinstance(last, CheckError)
            leaving = [last.error]  # the ok edge: the check found no exception
        else:
            continue
        for successor in leaving:
            if id(successor) not in raised:
                raised.add(id(successor))
                pending.append(successor)
    return raised


def copy_body(callee: FuncIR, call: Call, exits: Exits, labels: int, prefix: str,
              raised: set[int]) -> tuple[list[Register], list[BasicBlock], int]:
    """The callee's parameters and blocks, renamed, with its returns leading to the
    exits: its return of an exception to the error path, its other returns to `clean`
    from the blocks not in `raised` (there nothing has raised, so the check of the
    call's error that `after` starts with is skipped), to `after` from the others; and
    the next free label."""
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
        exit = exits.clean if exits.clean is not None and id(old) not in raised else exits.after
        for op in old.ops:
            if isinstance(op, Return) and op.raised and exits.error is not None:
                exit = exits.error  # the check would find the exception pending
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

