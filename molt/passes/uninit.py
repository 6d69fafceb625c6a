"""Insert UnboundLocalError checks before reads of locals that may not be assigned yet.

Runs first, on the frontend's IR: it reads registers of Python locals (a function's
variables). Such a local starts as UNBOUND at entry and each read that definite assignment
cannot prove safe compares it with UNBOUND first. Locals that never need a check get no
initial value at all, which lets type inference unbox them.
"""

from __future__ import annotations

from molt.analysis.dataflow import definitely_assigned, unassigns, uses
from molt.ir.builder import remove_unreachable_blocks
from molt.ir.ops import (
    UNBOUND, Assign, BasicBlock, Binary, Branch, Call, Const, FuncIR, Op, Register, Unreachable,
)
from molt.ir.types import BOOL, OBJECT


def insert_uninit_checks(fn: FuncIR, local_names: set[str]) -> None:
    """`local_names` are the names of the registers that hold Python locals."""
    if fn.kind != "python":
        return
    locals_ = {id(r): r for r in fn.registers() if r.name in local_names and r.type == OBJECT}
    params = {id(p) for p in fn.params}
    assigned_at_entry = definitely_assigned(fn, params)
    needs_init: dict[int, Register] = {}
    next_label = max(b.label for b in fn.blocks) + 1
    new_blocks: list[BasicBlock] = []
    for block in list(fn.blocks):
        assigned = set(assigned_at_entry[id(block)])
        ops: list[Op] = []
        current = block
        for op in block.ops:
            for reg in uses(op):
                if id(reg) in locals_ and id(reg) not in assigned:
                    needs_init[id(reg)] = reg
                    # Split: check, raise in a block of its own, continue in a new block.
                    unbound = Register(f"unbound_{reg.name}", BOOL)
                    raise_block = BasicBlock(next_label, [
                        Call(None, "raise_unbound_local", [Const(reg.name, OBJECT)], line=getattr(op, "line", 0)),
                        Unreachable(),
                    ], block.handler)
                    rest = BasicBlock(next_label + 1, handler=block.handler)
                    next_label += 2
                    ops.append(Binary(unbound, "eq", reg, Const(UNBOUND, OBJECT), line=getattr(op, "line", 0)))
                    ops.append(Branch(unbound, raise_block, rest))
                    current.ops = ops
                    new_blocks += [raise_block, rest]
                    current, ops = rest, []
                    assigned.add(id(reg))
            ops.append(op)
            dest = op.dest_register()
            if dest is not None:
                if unassigns(op):
                    assigned.discard(id(dest))
                    needs_init[id(dest)] = dest
                else:
                    assigned.add(id(dest))
        current.ops = ops
    fn.blocks += new_blocks
    if needs_init:
        entry = fn.blocks[0]
        entry.ops[0:0] = [Assign(reg, Const(UNBOUND, OBJECT)) for reg in needs_init.values()]
    remove_unreachable_blocks(fn)
