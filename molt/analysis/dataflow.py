"""Dataflow over a function's blocks: liveness (backward) and definite assignment (forward).

Both work on register identity. Results are per block (at entry and exit); a pass that
needs facts between ops walks the block from the nearer end.
"""

from __future__ import annotations

from molt.ir.ops import UNBOUND, Assign, BasicBlock, Const, FuncIR, Op, Register, successors


def uses(op: Op) -> list[Register]:
    return [v for v in op.operands() if isinstance(v, Register)]


def unassigns(op: Op) -> bool:
    """`del x` makes x unbound again: it assigns UNBOUND."""
    return isinstance(op, Assign) and isinstance(op.src, Const) and op.src.value is UNBOUND


def predecessors(fn: FuncIR) -> dict[int, list[BasicBlock]]:
    """Blocks that jump to each block (not counting exception handler edges)."""
    preds: dict[int, list[BasicBlock]] = {id(b): [] for b in fn.blocks}
    for block in fn.blocks:
        for succ in successors(block.ops[-1]) if block.ops else []:
            preds[id(succ)].append(block)
    return preds


def raisers(fn: FuncIR) -> dict[int, list[BasicBlock]]:
    """Blocks whose exceptions go to each handler block."""
    found: dict[int, list[BasicBlock]] = {id(b): [] for b in fn.blocks}
    for block in fn.blocks:
        if block.handler is not None:
            found[id(block.handler)].append(block)
    return found


def liveness(fn: FuncIR, interesting: set[int] | None = None) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """(live_in, live_out) per block id, as sets of register ids.

    Only registers whose id is in `interesting` are tracked (all when None)."""
    gen: dict[int, set[int]] = {}
    kill: dict[int, set[int]] = {}
    for block in fn.blocks:
        g: set[int] = set()
        k: set[int] = set()
        for op in block.ops:
            for reg in uses(op):
                if (interesting is None or id(reg) in interesting) and id(reg) not in k:
                    g.add(id(reg))
            dest = op.dest_register()
            if dest is not None and (interesting is None or id(dest) in interesting):
                k.add(id(dest))
        gen[id(block)] = g
        kill[id(block)] = k
    live_in: dict[int, set[int]] = {id(b): set() for b in fn.blocks}
    live_out: dict[int, set[int]] = {id(b): set() for b in fn.blocks}
    changed = True
    while changed:
        changed = False
        for block in reversed(fn.blocks):
            out: set[int] = set()
            for succ in block.successors():
                out |= live_in[id(succ)]
            new_in = gen[id(block)] | (out - kill[id(block)])
            if out != live_out[id(block)] or new_in != live_in[id(block)]:
                live_out[id(block)] = out
                live_in[id(block)] = new_in
                changed = True
    return live_in, live_out


def definitely_assigned(fn: FuncIR, initially: set[int]) -> dict[int, set[int]]:
    """Register ids surely assigned at each block's entry, `initially` at the function's."""
    preds = predecessors(fn)
    raised_from = raisers(fn)
    everything: set[int] = set(initially)
    for block in fn.blocks:
        for op in block.ops:
            dest = op.dest_register()
            if dest is not None:
                everything.add(id(dest))
    entry = fn.blocks[0]
    at_entry: dict[int, set[int]] = {id(b): set(everything) for b in fn.blocks}
    at_entry[id(entry)] = set(initially)
    at_exit: dict[int, set[int]] = {}

    def transfer(block: BasicBlock) -> set[int]:
        out = set(at_entry[id(block)])
        for op in block.ops:
            dest = op.dest_register()
            if dest is not None:
                if unassigns(op):
                    out.discard(id(dest))
                else:
                    out.add(id(dest))
        return out

    for block in fn.blocks:
        at_exit[id(block)] = transfer(block)
    changed = True
    while changed:
        changed = False
        for block in fn.blocks:
            if block is entry:
                new = set(initially)
            else:
                # An exception may leave a block before any of its assignments.
                sets = [at_exit[id(p)] for p in preds[id(block)]] + [at_entry[id(p)] for p in raised_from[id(block)]]
                new = set.intersection(*sets) if sets else set()
            if new != at_entry[id(block)]:
                at_entry[id(block)] = new
                at_exit[id(block)] = transfer(block)
                changed = True
            else:
                at_exit[id(block)] = transfer(block)
    return at_entry
