"""Class numbers known already: a method copied into its caller (inline_small) takes its
self's class number on entry (numbered_now, wasm_runtime/layout.py), which the caller
mostly holds already in the register it keeps for the local it passed (store_name keeps
one for every local that attribute sites read through). Such a call is replaced by a copy
of that register: a chain of three dependent loads less per call.

A number taken earlier is as good as a new one: it carries the epoch of when it was
taken, and a fast path trusts it only while the epoch has not moved since.

A forward dataflow over the blocks: which (value register, number register) pairs hold,
`number` having been taken of what `value` holds now. A write to either ends the pair;
`y = x` copies x's pairs to y. At a join, what holds on every incoming edge holds.
"""

from __future__ import annotations

from molt.analysis.dataflow import predecessors
from molt.ir.ops import Assign, Call, FuncIR, ModuleIR, Op, Register, successors

NUMBERING = "numbered_now"
Pair = tuple[int, int]  # (id of the value register, id of the number register)


def reuse_known_numbers(fn: FuncIR, module: ModuleIR) -> None:
    if fn.kind != "python" or not any(is_numbering(op) for b in fn.blocks for op in b.ops):
        return
    registers: dict[int, Register] = {}
    at_entry = known_at_entry(fn)
    for block in fn.blocks:
        known = set(at_entry[id(block)])
        for index, op in enumerate(block.ops):
            if is_numbering(op):
                assert isinstance(op, Call) and op.dest is not None
                value = op.args[0]
                found = next((n for v, n in known if isinstance(value, Register) and v == id(value)), None)
                if found is not None and found != id(op.dest):
                    registers = registers or {id(r): r for r in fn.registers()}
                    block.ops[index] = Assign(op.dest, registers[found], line=op.line)
                    op = block.ops[index]
            known = transfer(op, known)


def is_numbering(op: Op) -> bool:
    return isinstance(op, Call) and op.callee == NUMBERING and op.dest is not None and isinstance(op.args[0], Register)


def transfer(op: Op, known: set[Pair]) -> set[Pair]:
    dest = op.dest_register()
    if dest is None:
        return known
    numbering = is_numbering(op)
    copied = op.src if isinstance(op, Assign) and isinstance(op.src, Register) else None
    involved = {id(dest)} if copied is None else {id(dest), id(copied)}
    if not numbering and not any(v in involved or n in involved for v, n in known):
        return known  # most ops: nothing to do with the pairs (and no new set)
    after = {(v, n) for v, n in known if v != id(dest) and n != id(dest)}
    if numbering:
        value = op.args[0]  # type: ignore[attr-defined]
        if value is not dest:
            after.add((id(value), id(dest)))
    elif isinstance(op, Assign) and isinstance(op.src, Register) and op.src is not dest:
        after |= {(id(dest), n) for v, n in known if v == id(op.src) and n != id(dest)}
        after |= {(v, id(dest)) for v, n in known if n == id(op.src) and v != id(dest)}
    return after


def known_at_entry(fn: FuncIR) -> dict[int, set[Pair]]:
    """The pairs that hold at the entry of each block (none at the function's)."""
    preds = predecessors(fn)
    out: dict[int, set[Pair]] = {}  # a block not in it is not reached yet (the top)
    entry: dict[int, set[Pair]] = {}
    work = list(reversed(fn.blocks))
    queued = {id(b) for b in fn.blocks}
    while work:
        block = work.pop()
        queued.discard(id(block))
        reached = [out[id(p)] for p in preds[id(block)] if id(p) in out]
        start = set.intersection(*reached) if reached and block is not fn.blocks[0] else set()
        entry[id(block)] = start
        known = start
        for op in block.ops:
            known = transfer(op, known)
        if out.get(id(block)) != known:
            out[id(block)] = known
            for succ in successors(block.ops[-1]) if block.ops else []:
                if id(succ) not in queued:
                    queued.add(id(succ))
                    work.append(succ)
    return entry
